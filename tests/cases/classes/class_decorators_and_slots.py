def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls


@add_greeting
class Person:
    __slots__ = ("name", "age")

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.greet(), p.name, p.age, hasattr(p, "__dict__"), Person.__slots__)
try:
    p.email = "x"
except AttributeError as err:
    print("AttributeError:", err)


class Student(Person):
    __slots__ = ("school",)


s = Student("bob", 20)
s.school = "MIT"
print(s.greet(), s.school, s.name)
try:
    Person("x", 1).missing
except AttributeError as err:
    print("AttributeError:", err)


def with_counter(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        cls.instances += 1

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@with_counter
class Widget:
    def __init__(self, label):
        self.label = label


widgets = [Widget(c) for c in "abc"]
print(Widget.instances, [w.label for w in widgets], Widget.__name__)


def frozen(cls):
    def __setattr__(self, name, value):
        if hasattr(self, "_ready"):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)

    cls.__setattr__ = __setattr__
    return cls


@frozen
class Config:
    def __init__(self, debug):
        self.debug = debug
        self._ready = True


c = Config(True)
print(c.debug)
try:
    c.debug = False
except AttributeError as err:
    print("AttributeError:", err)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
try:
    s.a
except AttributeError as err:
    print("AttributeError:", err)
s.a = 1
print(s.a, type(Slotted.a).__name__)
