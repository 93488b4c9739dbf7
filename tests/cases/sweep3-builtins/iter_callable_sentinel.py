# iter(callable, sentinel), next with defaults, iterator exhaustion.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
print(list(lines))
import functools
data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(functools.partial(next, it), 0)), list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(c, "empty"))
print(iter(c) is c)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return chr(97 + i)
print(list(OnlyGetitem()), 'b' in OnlyGetitem(), 'z' in OnlyGetitem())
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
s = iter("hey")
print(next(s), s.__next__(), list(s), next(s, None))
g = (i * i for i in range(3))
print(next(g), list(g), next(g, -1))
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
st = {1, 2}
it = iter(st)
next(it)
st.add(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
