# Properties with setters and deleters, validation, and __init_subclass__ hooks with keywords.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class ReadOnly:
    @property
    def value(self):
        return 1
r = ReadOnly()
for action in [lambda: setattr(r, "value", 2), lambda: delattr(r, "value")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.fahrenheit.fdel)
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, kind=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.kind] = cls
class CsvPlugin(Plugin, kind="csv", priority=2):
    pass
class JsonPlugin(Plugin, priority=5):
    pass
class Special(JsonPlugin, kind="special"):
    pass
print(sorted(Plugin.registry), JsonPlugin.kind, Special.priority, Special.kind, CsvPlugin.priority)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls):
        print("subclassed:", cls.__name__, [b.__name__ for b in cls.__bases__])
class A(Base): pass
class B(A): pass
class Counter:
    _count = 0
    @classmethod
    def make(cls):
        cls._count += 1
        return cls()
    @staticmethod
    def describe():
        return "Counter class"
    @property
    def count(self):
        return type(self)._count
class Sub(Counter):
    pass
c1, c2, s1 = Counter.make(), Counter.make(), Sub.make()
print(c1.count, s1.count, Counter._count, Sub._count, Counter.describe(), s1.describe())
