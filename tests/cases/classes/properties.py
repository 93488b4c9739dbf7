class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)


c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as err:
    print("ValueError:", err)
try:
    c.area = 10
except AttributeError as err:
    print("AttributeError:", err)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.radius
except AttributeError as err:
    print("AttributeError:", err)
print(type(Circle.radius).__name__, Circle.area.fget.__name__, Circle.radius.fset is not None)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return self.computed * 100


lz = Lazy()
print(lz.value, lz.value, lz.computed)
