# weakref.proxy: stands for an object without keeping it alive.
import re
import weakref


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
pp = weakref.proxy(p)
print(pp.x, pp.y, pp.norm1(), pp, str(pp), masked(repr(pp)))
print(type(pp).__name__, type(pp) is weakref.ProxyType, isinstance(pp, Point))
print(pp is weakref.proxy(p), weakref.getweakrefcount(p), weakref.getweakrefs(p)[0] is pp)
pp.x = 10
print(p.x, hasattr(pp, "y"))
del pp.y
print(hasattr(p, "y"))
p.y = 2
print(pp + Point(1, 1), Point(1, 1) + pp, pp == Point(10, 2), pp == p)

numbers = [3, 1, 2]
class Numbers(list):
    pass
seq = Numbers(numbers)
ps = weakref.proxy(seq)
print(len(ps), ps[0], 2 in ps, list(ps), sorted(ps), ps + [4], [0] + ps, bool(ps))
ps[0] = 30
del ps[1]
ps.append(5)
print(seq, list(reversed(ps)))
ps.extend([6])
print(type(ps).__name__, ps)

class Scale:
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v * self.k
    def __mul__(self, v):
        return self.k * v
    def __rmul__(self, v):
        return v * self.k
    def __neg__(self):
        return -self.k
    def __index__(self):
        return self.k

s = Scale(3)
cp = weakref.proxy(s)
print(type(cp).__name__, callable(cp), cp(5), cp * 2, 2 * cp, -cp, [0, 1, 2, 3, 4][cp])
try:
    hash(cp)
except TypeError as e:
    print("TypeError:", e)

gone = weakref.proxy(Point(0, 0), lambda q: print("proxy callback got", type(q).__name__))
print("before use")
try:
    gone.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    gone + Point(1, 1)
except ReferenceError as e:
    print("ReferenceError:", e)
print(masked(repr(gone)))
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)
