from dataclasses import dataclass, field
from typing import List

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

@dataclass(frozen=True)
class Point:
    x: int
    y: int

inv = [Item("apple", 0.5, 10), Item("pear", 0.75, 4, ["fruit"]), Item("nut", 0.1)]
for it in inv:
    print(it, f"{it.total:.2f}")
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) == Item("a", 2.0))
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(2) > Version(1, 9))
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p: "here"}[Point(1, 2)])
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
by_value = sorted(inv, key=lambda i: i.total, reverse=True)
print([i.name for i in by_value])
print(sum(i.total for i in inv), max(inv, key=lambda i: i.price).name)
stock = {i.name: i.qty for i in inv}
stock["nut"] += 100
print(stock, [n for n, q in stock.items() if q < 5])
inv[0].tags.append("red")
print(inv[0].tags, inv[2].tags)
from dataclasses import asdict, astuple, replace, fields
print(asdict(inv[1]), astuple(Point(3, 4)), replace(p, y=9), [f.name for f in fields(Item)])
try:
    Item()
except TypeError as e:
    print(e)
