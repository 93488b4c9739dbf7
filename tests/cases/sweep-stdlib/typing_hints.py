from typing import List, Dict, Optional, Union, Any, Tuple, Callable, Set, TypeVar, Generic, NamedTuple, TypedDict, Iterator, cast
def f(a: List[int], b: Optional[str] = None) -> Dict[str, List[int]]:
    return {"a": a}
print(f([1]), f.__annotations__)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Any, Tuple[int, ...], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Set[Tuple[int, int]], Optional[List[str]], Union[int, Union[str, float]])
print(Iterator[int], Union[int], List[int] == List[int])
T = TypeVar("T")
print(T, List[T])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2); print(s.pop(), s.items, Stack.__mro__[-1])
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._fields, p._asdict(), isinstance(p, tuple), Point.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)
print(cast(int, "x"))
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]))
