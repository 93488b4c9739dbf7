class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(5))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), list(reversed([1, 2])), iter(OldSeq()).__class__.__name__)
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "exhausted"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
calls = iter([1, 2, 0, 3]).__next__
print(list(iter(calls, 0)))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
e = enumerate("abc", start=1); print(next(e), list(e))
z = zip([1, 2, 3], "ab"); print(list(z), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as ex:
    print(ex)
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5]); print(list(m))
f = filter(None, [0, 1, False, "x", [], [0]]); print(list(f))
r = reversed(range(5)); print(list(r), reversed([1]).__length_hint__())
print(list(iter(range(3))), type(iter(range(3))).__name__, type(iter({})).__name__, type(iter("")).__name__, type(iter(set())).__name__)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.takewhile(lambda x: x < 100, Fib())))
d = {"a": 1}; di = iter(d); print(next(di)); d["b"] = 2
try:
    next(di)
except RuntimeError as ex:
    print(ex)
