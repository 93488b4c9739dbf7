"""A module using postponed evaluation of annotations."""
from __future__ import annotations

size: int = 3
name: "Node"
pairs: dict[str, list[int | None]] = {}

def combine(a: Callable[[int], str], *rest: tuple[int, ...], key: lambda x: x = None) -> list[Node]:
    return [a]

class Node:
    parent: Node | None = None
    children: list[Node]
    weight: -1 ** 2 if flag else ~mask
