from typing import Generic, TypeVar, Iterator, Callable

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Grouper(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]) -> None:
        self.key = key
        self.groups: dict[K, list[T]] = {}

    def add_all(self, items: "list[T]") -> "Grouper[K, T]":
        for item in items:
            self.groups.setdefault(self.key(item), []).append(item)
        return self


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(len(s), s.peek(), list(s), s.pop(), list(s))
g = Grouper(len).add_all(["a", "bb", "cc", "d", "eee"])
print(g.groups, Stack[str], Stack.__class_getitem__ is not None)
