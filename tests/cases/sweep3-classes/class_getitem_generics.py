# __class_getitem__, built-in generic aliases and typing generics.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type[str], set[frozenset[int]])
alias = list[int]
print(alias.__origin__, alias.__args__, alias() == [], type(alias()).__name__, alias("ab"))
print(dict[str, int](a=1), isinstance([], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(int | str, int | None, (int | str).__args__, isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
from typing import Generic, TypeVar, Optional, Union, List
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack.__name__)
print(Optional[int], Union[int, str], List[int], Union[int, int], Optional[Union[int, str]])
class Pair[K, V]:
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)
pr = Pair(1, "a").swap()
print(pr.k, pr.v, Pair.__type_params__, Pair[int, str])
def first[X](xs: list[X]) -> X:
    return xs[0]
print(first([7, 8]), first.__type_params__)
type Vector = list[float]
print(Vector, Vector.__value__, type(Vector).__name__)
class Registry:
    items = {}
    def __class_getitem__(cls, key):
        return cls.items.get(key, "missing")
Registry.items["a"] = 1
print(Registry["a"], Registry["b"])
try:
    Registry()["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
