# @dataclass: init, repr, eq, order, frozen, hash, fields, asdict, astuple, replace.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, KW_ONLY, MISSING)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(1), p == (1, 2))
print(Point.__hash__, Point.__match_args__, Point.__doc__, Point.y, Point.__init__.__qualname__)
p.x = 10
print(p, is_dataclass(p), is_dataclass(Point), is_dataclass(3))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


f = Frozen("a", ("t",))
try:
    f.name = "b"
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.tags
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(("a", ("t",))), {f: 1}[Frozen("a", ("t",))])


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="s", repr=False)

    def __post_init__(self):
        self.total = len(self.items)


a = Inventory()
b = Inventory([1, 2])
a.items.append("x")
print(a, b, b.total, Inventory().items, a.counts is not b.counts)
print([(x.name, x.init, x.repr, x.default is MISSING, x.default_factory is MISSING) for x in fields(Inventory)])


@dataclass
class Line:
    start: Point
    end: Point
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2)], {"k": Point(3, 3)})
print(asdict(ln))
print(astuple(ln))
print(replace(p, y=99), replace(ln, end=Point(7, 7)).end)


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int


print(Options("x", depth=2), Options("y", verbose=True, depth=0), Options.__match_args__)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7


print(Child(), Child(1, "x", 2.0), [x.name for x in fields(Child)])


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, "Plain object" in repr(Plain(1)))


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: int = field(hash=False, default=0)


print(hash(Hashed(3, 1)) == hash((3,)))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5)


@dataclass
class Node:
    value: int
    next: object = None


n = Node(1)
n.next = n
print(n)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Options(), lambda: Options("p"), lambda: fields(3), lambda: asdict(Point),
            lambda: astuple(1), lambda: replace(Inventory(), total=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class HasLt:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
print(Options.__doc__)
print(Inventory.__doc__)
print(Line.__doc__)
