# Iterator classes, __iter__ returning generators, __reversed__, __contains__, __len__, and __length_hint__.
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        n = self.start
        while n < self.stop:
            yield n
            n += 1
    def __reversed__(self):
        return iter(range(self.stop - 1, self.start - 1, -1))
    def __len__(self):
        return max(0, self.stop - self.start)
    def __contains__(self, v):
        print("contains called")
        return self.start <= v < self.stop
r = Range2(2, 6)
print(list(r), list(reversed(r)), len(r), 3 in r, 9 in r, sum(r), max(r), sorted(r, reverse=True))
print(list(zip(r, r)), [a * b for a, b in zip(r, reversed(r))], dict.fromkeys(r, 0))
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)))
f = Fib(10)
for v in f:
    if v > 3:
        break
print(next(f), list(f))
class Hinted:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 3
import operator
print(operator.length_hint(Hinted()), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))), operator.length_hint(object(), 42))
class Pages:
    def __init__(self, text, size):
        self.text, self.size = text, size
    def __getitem__(self, i):
        start = i * self.size
        if start >= len(self.text):
            raise IndexError
        return self.text[start:start + self.size]
print(list(Pages("abcdefgh", 3)), "def" in Pages("abcdefgh", 3), list(enumerate(Pages("abcd", 2))))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, [v for v in t if v % 2])
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
import collections.abc as cabc
print(isinstance(r, cabc.Iterable), isinstance(r, cabc.Iterator), isinstance(f, cabc.Iterator), isinstance(Pages("", 1), cabc.Iterable))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(r, cabc.Sized), isinstance(r, cabc.Container))
it = iter([1, 2, 3])
for x in it:
    print("outer", x)
    for y in it:
        print("inner", y)
        break
