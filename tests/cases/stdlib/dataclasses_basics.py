# dataclasses from src/lib.
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), asdict(i), astuple(i))
print(replace(i, price=2.0), [f.name for f in fields(Item)])


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
