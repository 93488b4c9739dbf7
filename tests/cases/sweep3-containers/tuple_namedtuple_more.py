# tuples and namedtuples: methods, comparison, unpacking, _replace and friends.
from collections import namedtuple
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), min(t), max(t), sorted(t), t * 0, t[:0])
print((1, 2) < (1, 2, 0), (1, 2) < (1, 3), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"), (1,) == [1])
print(tuple("abc"), tuple({1: 2}), tuple(range(3)), tuple(x * x for x in range(4)), (1,) * 3, (1, 2) + (3,))
single = 5,
print(single, type(single), (), type(()), ((1, 2),), tuple([[]]))
a, *rest = t
*init, last = t
first, second, *_ = t
print(a, rest, init, last, first, second)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    x, y = t
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
pt = Point(1, y=2)
print(pt, pt.x, pt[1], pt._fields, P3._field_defaults, P3(1, 2), P3(1, 2, 3))
print(pt._replace(x=10), pt._asdict(), Point._make([5, 6]), Point(*pt), tuple(pt))
print(pt == (1, 2), isinstance(pt, tuple), len(pt), list(pt), pt + (3,), hash(pt) == hash((1, 2)))
x, y = pt
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    pt.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "class y")
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "a _b c", rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec._fields)
