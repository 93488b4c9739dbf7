class A:
    x: int
    y: str = "s"
print(A.__annotations__, A.y)
def f(a: list[int], b: dict[str, int] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)
print(list[int], type(list[int]), int | None, list[int] == list[int])
class M:
    def __mro_entries__(self, bases): return (object,)
class Z(M()): pass
print(Z.__mro__)
print(dict[str, list[int]], tuple[()], list[int](range(2)), set[str] | None, int | str | int, (int | str) == (str | int))
print(type(int | None).__name__, (int | None).__args__, list[int].__origin__, list[int].__args__)
class Box:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Box[int])
from collections import deque
def g(q: "deque[int]", n: int | None = None) -> list[str]: return []
print(g.__annotations__)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, str | int))
try:
    isinstance(3, 5)
except TypeError as e:
    print(e)
