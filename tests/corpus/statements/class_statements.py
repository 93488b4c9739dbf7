import abc


class Empty:
    pass


class WithDocstring:
    """Only a docstring."""


class Point(object):
    dimensions = 2
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace.setdefault("created_by", mcls.__name__)
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.options = kwargs


class Configured(metaclass=Meta, flavour="vanilla", size=3):
    pass


class Square(Base, Point):
    __slots__ = ("side",)

    def __init__(self, side):
        super().__init__(0, 0)
        self.side = side

    def area(self):
        return self.side ** 2


bases = (Empty,)


class Dynamic(*bases, **{"metaclass": type}):
    class Nested:
        class Deeper:
            level = 3

    if True:
        conditional = "yes"
    else:
        conditional = "no"
    for i in range(2):
        pass
    del i


print(Point(1, 2), Square(3).area(), Configured.created_by, Configured.options)
print(Dynamic.Nested.Deeper.level, Dynamic.conditional, WithDocstring.__doc__)
print([cls.__name__ for cls in Square.__mro__])
