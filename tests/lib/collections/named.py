# namedtuple: construction, fields, defaults, its methods, errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), len(p), p == (1, 2))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
print(Point._make([3, 4]), p._replace(x=9), p._asdict())
print(Point.__name__, isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p * 2, p[::-1])
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 5])
print(P3(1), P3(1, 2), P3(1, c=3), P3._field_defaults, P3.__new__.__doc__)
R = namedtuple("R", "ok, class, _hidden, ok", rename=True)
print(R._fields)
for bad in (lambda: Point(), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
            lambda: Point(1, z=2), lambda: P3(), lambda: P3(1, 2, 3, 4),
            lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "_x"),
            lambda: namedtuple("P", "class"), lambda: namedtuple("P", "1a"),
            lambda: namedtuple("1P", "a"), lambda: namedtuple("P", "a", defaults=[1, 2]),
            lambda: namedtuple("Q", "a b c")()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields)


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(3, 4)
print(v, v.norm2(), Vec._make((1, 1)).norm2())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): "a"}[(1, 2)])
