# PEP 695 type parameters: aliases, generic functions and classes, bounds, defaults.
from collections.abc import Callable, Iterable

type Pair[T] = tuple[T, T]
type Matrix = list[list[float]]
type Handler[**P, R = None] = Callable[P, R]


def first[T](items: Iterable[T]) -> T:
    for item in items:
        return item
    raise ValueError("empty")


def largest[N: (int, float)](a: N, b: N) -> N:
    return a if a >= b else b


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def map[U](self, fn: Callable[[T], U]) -> "Stack[U]":
        out = Stack[U]()
        for item in self.items:
            out.push(fn(item))
        return out


class Tagged[K: str = str]:
    tags: tuple[K, ...]


s = Stack[int]()
s.push(3)
print(first([4, 5]), largest(2.5, 1), s.map(str).pop(), Pair.__value__, Stack.__type_params__)
print(type, type(3), Matrix.__name__, Handler.__type_params__)
