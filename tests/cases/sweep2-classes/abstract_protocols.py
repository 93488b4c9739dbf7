from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area():.2f} perim={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
for s in [Rect(2, 3), Circle(1)]:
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
from collections.abc import Iterable, Sequence, Mapping, Callable, Hashable, Sized, Iterator, MutableMapping
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((), Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance("s", Iterable), isinstance(iter([]), Iterator), isinstance(5, Sized))
class MyMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(); m["a"] = 1; m.update(b=2); print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m.pop("a"), len(m))
print(issubclass(Rect, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
