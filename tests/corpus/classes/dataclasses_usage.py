from dataclasses import dataclass, field, asdict, replace
from typing import Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.quantity


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> "Version":
        return cls(*map(int, text.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)
    note: Optional[str] = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        if self.id < 0:
            raise ValueError("negative id")

    def total(self):
        return sum(i.total for i in self.items)


order = Order(1, [Item("pen", 1.5, 4), Item("pad", 3.25, tags=["paper"])])
print(order)
print(order.total(), asdict(order)["items"][1]["tags"])
versions = sorted(Version.parse(v) for v in ["1.10.0", "1.2.3", "0.9", "1.2"])
print([str(v) for v in versions], max(versions), replace(versions[0], patch=7))
try:
    versions[0].major = 5
except AttributeError as err:
    print(type(err).__name__)
print(Item("a", 1) == Item("a", 1), Version(1) < Version(1, 1))
