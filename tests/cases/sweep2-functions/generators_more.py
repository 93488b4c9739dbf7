def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
        yield 100
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen(); print(next(g), g.send(5), g.send(6)); print(next(g, "done"))
g = gen(); next(g); print(g.throw(ValueError("bad"))); g.close()
g = gen(); next(g); g.close(); print("closed")
try:
    gen().send(1)
except TypeError as e:
    print(e)
def sub():
    r = yield "a"
    yield f"sub got {r}"
    return "sub-result"
def main():
    res = yield from sub()
    print("yield from returned", res)
    yield from [1, 2]
m = main(); print(next(m), m.send("X"), next(m), next(m), next(m, "end"))
def ret():
    yield 1
    return "value"
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration", e.value)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
import itertools
print(list(itertools.islice(infinite(), 5)), list(zip(infinite(), "abc")))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer(); next(c); c.close(); print(c.gi_frame is None)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def stop_inside():
    raise StopIteration
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
ge = (i for i in range(3)); print(type(ge).__name__, ge.__name__, list(ge))
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
print(list(rec(4)))
def gstate():
    yield
import inspect
gs = gstate(); print(inspect.getgeneratorstate(gs)); next(gs); print(inspect.getgeneratorstate(gs)); gs.close(); print(inspect.getgeneratorstate(gs))
