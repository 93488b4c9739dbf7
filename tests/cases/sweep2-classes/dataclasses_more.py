from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    def total(self): return self.price * self.qty
i = Item("pen", 1.5, qty=4); print(i, i.total(), i == Item("pen", 1.5, [], 4), asdict(i), astuple(i))
print(replace(i, name="pencil"), [f.name for f in fields(Item)])
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0)]; print(sorted(vs), Ver(1) < Ver(1, 1), hash(Ver(1)) == hash(Ver(1, 0)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 10
print(Post(3))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
@dataclass
class Sub(Item):
    extra: str = "e"
print(Sub("x"), Sub.__mro__[1].__name__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(slots=True)
class Sl:
    a: int
    b: str = "z"
print(Sl(1), Sl.__slots__, hasattr(Sl(1), "__dict__"))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=0))
