def squares(n):
    for i in range(n):
        yield i * i
g = squares(4)
print(next(g), next(g), list(g), list(g))
print(sum(squares(10)), max(squares(5)), list(squares(0)))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None: break
        received.append(x)
    return received
e = echo(); print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def delegator():
    r = yield from echo()
    yield ("done", r)
d = delegator(); next(d); d.send(1); print(d.send(None))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing(); print(next(c)); c.close(); print("closed")
def thrower():
    try:
        yield 1
    except ValueError as err:
        yield f"caught {err}"
t = thrower(); next(t); print(t.throw(ValueError("boom")))
gen_exp = (x * 2 for x in range(5) if x % 2 == 0)
print(type(gen_exp).__name__, list(gen_exp), list(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(zip(range(3), fib())))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
class Reusable:
    def __init__(self, data): self.data = data
    def __iter__(self): return iter(self.data)
r = Reusable([1, 2]); print(list(r), list(r))
print(list(enumerate(["a", "b"], start=10)), list(zip("ab", [1, 2], (True, False))))
print(dict(enumerate("xyz")), list(map(pow, [2, 3], [3, 2])), list(filter(str.isupper, "aBcD")))
print(any(x > 3 for x in [1, 5]), all([]), any([]), all(x for x in [1, 0]))
print(list(reversed(range(5))), list(range(10, 0, -3)), range(5)[::-1], range(0, 10, 2)[2], len(range(3, 20, 4)))
print(sorted(squares(4), reverse=True), min(squares(4), default=-1), min([], default=None))
gi = squares(2); print(iter(gi) is gi, hasattr(gi, "__next__"))
def gen_return():
    yield 1
    return "val"
print(list(gen_return()))
def countdown_gen(n):
    while n > 0:
        yield n
        n -= 1
print(*countdown_gen(3))
print(*"abc", sep="-")
print([(i, c) for i, c in enumerate("hi")])
nums = iter(range(10))
print(list(zip(nums, nums)))
g2 = squares(3)
print(g2.__name__, next(g2))
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
print(list(outer()))
