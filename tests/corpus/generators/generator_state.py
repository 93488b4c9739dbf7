import inspect


def gen():
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_frame.f_lineno > 0)
list(g)
print(inspect.getgeneratorstate(g))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


def returns_value():
    yield "step"
    return "final"


r = returns_value()
print(next(r))
try:
    next(r)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
print(next(r, "exhausted"))


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)
