class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self): return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date): pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"), Date.is_leap(1900), Date(1, 1, 1).is_leap(2000))
print([y for y in range(1896, 1912) if Date.is_leap(y)])
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return item
    @classmethod
    def count(cls): return len(cls._items)
@Registry.register
def f(): pass
Registry.register(5); print(Registry.count(), Registry._items[1])
class Temp:
    _scale = "C"
    @classmethod
    def set_scale(cls, s): cls._scale = s
class F(Temp): pass
F.set_scale("F"); print(Temp._scale, F._scale)
print(type(Date.__dict__["from_string"]).__name__, Date.from_string.__self__ is Date, Date.is_leap.__name__)
sm = staticmethod(lambda: "called"); print(sm(), callable(sm))
