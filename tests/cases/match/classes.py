# Class patterns: __match_args__, keyword patterns, isinstance checks, attributes looked up.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above at {x},{y},{z}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere: {p}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), (0, 0), None]:
    print(repr(p), "->", where(p))

class NoArgs:
    def __init__(self):
        self.a = 1
        self.b = 2

match NoArgs():
    case NoArgs(a=1, b=b):
        print("keywords only:", b)

match NoArgs():
    case NoArgs(c=_):
        print("not reached")
    case NoArgs(a=_):
        print("missing attribute means no match")

class Computed:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  computing value")
        return 99

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)

match Computed():
    case Computed(v, dynamic=d):
        print("computed", v, d)

match Computed():
    case Computed(missing=m):
        print("not reached")
    case _:
        print("AttributeError from __getattr__ means no match")

# A class pattern may name a dotted class, and the match_args may be inherited.
import collections
Pair = collections.namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(l, r):
        print("namedtuple", l, r)
    case _:
        print("namedtuple without __match_args__")

class Ns:
    Point = Point
match Point(7, 8):
    case Ns.Point(a, b):
        print("dotted class", a, b)

# Type checks against a tuple of types are not class patterns; only classes.
match 5:
    case object():
        print("everything is an object")
