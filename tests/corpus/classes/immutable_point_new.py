from typing import NamedTuple
from collections import namedtuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def distance(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


class Card(namedtuple("Card", ["rank", "suit"])):
    __slots__ = ()
    RANKS = "23456789TJQKA"

    @property
    def value(self):
        return self.RANKS.index(self.rank)

    def __lt__(self, other):
        return self.value < other.value


class Frozen:
    __slots__ = ("_items",)

    def __new__(cls, *items):
        self = super().__new__(cls)
        object.__setattr__(self, "_items", tuple(items))
        return self

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self):
        return f"Frozen{self._items}"


a, b = Point(0, 0), Point(3, 4)
print(a, b, a.distance(b), b._replace(x=1), Point._fields, Point(1))
hand = [Card("Q", "h"), Card("3", "s"), Card("A", "d")]
print(sorted(hand), max(hand).rank, hand[0].value)
f = Frozen(1, 2)
try:
    f.x = 1
except AttributeError as err:
    print(f, err)
