# generators & iterator protocol corners
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
g = gen()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration:
    print("done")
g2 = gen()
try:
    g2.send("x")
except TypeError as e:
    print(e)
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("closing at", i)
        raise
c = counter(); next(c); next(c); c.close(); c.close()
print(list(c))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield gr.send(None) if False else 1
gr = running()
print(next(gr))
import itertools
g3 = (i for i in range(3))
a, b = itertools.tee(g3)
print(list(a), list(b))
print(next(iter(range(5))), next(reversed([1, 2])), list(iter("ab")))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), [x for x in It()])
def gen_with_return():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def collect():
    result = yield from gen_with_return()
    print("result", result)
co = collect(); next(co); co.send(3); co.send(4)
try:
    co.send(None)
except StopIteration:
    print("outer done")
gen_exp = (x for x in [1, 2])
print(gen_exp.__next__(), next(gen_exp), next(gen_exp, "end"))
e = enumerate(["a", "b"])
print(next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__)
r = iter(range(3)); print(type(r).__name__, list(r), type(reversed([])).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(8), fib())], sum(itertools.takewhile(lambda v: v < 100, fib())))
g4 = (x for x in range(3)); print(g4.gi_running if hasattr(g4, "gi_running") else "n/a", list(g4))
