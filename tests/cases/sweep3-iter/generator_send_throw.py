# Generators: send, throw, close, return values and yield from delegation.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    result = yield from averager()
    print("sub returned", result)
    yield "after"
d = delegator()
next(d)
d.send(1); d.send(3)
print(d.send(None))
def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
c.send(2)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(next(c, "exhausted"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
print(next(w))
w.close()
w.close()
print(next(w, "closed"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_early():
    yield 1
    return "early"
    yield 2
print(list(returns_early()))
def gen_state():
    yield
import inspect
s = gen_state()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
gi = (x for x in range(3))
print(gi.gi_running, gi.__name__, next(gi), list(gi))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
out = [next(e)]
try:
    while True:
        out.append(e.send(chr(97 + len(out))))
except StopIteration as stop:
    print(out, stop.value)
