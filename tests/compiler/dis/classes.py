class Empty:
    pass

class Documented:
    """A class with a docstring."""
    value = 1

class Point(Base, metaclass=Meta, flag=True):
    origin = None

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__secret = 0

    def move(self, dx):
        self.x += dx
        return self

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def make():
        return Point(0, 0)

    @classmethod
    def create(cls):
        return cls(1, 1)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Child(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def move(self, dx):
        result = super().move(dx)
        return super(Child, self).norm

    def klass(self):
        return __class__

class Outer:
    class Inner:
        def method(self):
            return Inner

    def __private(self):
        return self.__private

@decorator
class Decorated:
    items = [i * 2 for i in range(3)]
    lookup = {k: v for k, v in pairs}
