# __set_name__, descriptors with validation, and the descriptor lookup order.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Person:
    name = Typed(str, "?")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age

print("class created")
p = Person("Ann", 30)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
print(type(Person.name).__name__, Person.name.owner_name, Person.age.private)
class Lazy:
    """A non-data descriptor: computed once, then cached in the instance."""
    def __init__(self, func):
        self.func = func
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        print("computed", self.attr)
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
c.area = 0
print(c.area)
class Noisy:
    def __get__(self, obj, cls):
        return "from descriptor"
class Holder:
    attr = Noisy()
h = Holder()
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class DataNoisy(Noisy):
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Holder2:
    attr = DataNoisy()
h2 = Holder2()
h2.__dict__["attr"] = "from instance"
print(h2.attr)
try:
    h2.attr = 5
except AttributeError as e:
    print("AttributeError:", e)
class Later:
    pass
d = Typed(float)
Later.x = d
print(hasattr(d, "name"))
d.__set_name__(Later, "x")
obj = Later()
obj.x = 1.5
print(obj.x, obj._x)
