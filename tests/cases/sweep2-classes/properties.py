class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(25)
print(t.celsius, t.fahrenheit); t.celsius = 30; print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.fset)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
class Lazy:
    @property
    def val(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"getattr:{name}"
print(Lazy().val, Lazy().other)
p = property(lambda self: 42)
class Q:
    x = p
print(Q().x, Q.x is p)
from functools import cached_property
class CP:
    calls = 0
    @cached_property
    def heavy(self):
        CP.calls += 1
        return CP.calls * 10
o = CP(); print(o.heavy, o.heavy, CP.calls, "heavy" in o.__dict__)
