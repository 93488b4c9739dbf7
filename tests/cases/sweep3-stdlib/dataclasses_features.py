# dataclasses: field options, ordering, frozen, post_init, asdict/astuple, replace, slots, kw_only.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, label="x")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label="other"), Version(2) > Version(1, 9, 9), max(vs))
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(init=False, default=0)
    secret: str = field(default="hidden", repr=False)
    def __post_init__(self):
        self.count = len(self.items)
inv = Inventory("box", ["a", "b"])
print(inv, inv.count, inv.secret)
print(asdict(inv), astuple(Version(1, 2, 3)))
print(replace(inv, name="crate"), [f.name for f in fields(Inventory)])
@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: "origin-ish"}[Point(3, 4)])
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.value *= scale
print(WithInit(5, 3), WithInit(2))
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9))
@dataclass(slots=True)
class Slim:
    a: int
    b: str = "s"
s = Slim(1)
print(s, hasattr(s, "__dict__"), Slim.__slots__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5))
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
@dataclass(eq=False)
class Ident:
    x: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))
@dataclass
class Child(Version):
    extra: str = "e"
print(Child(1, 2, 3, "lbl", "more"), Child(1) < Child(2))
