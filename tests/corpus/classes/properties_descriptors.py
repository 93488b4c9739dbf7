class Positive:
    """A data descriptor that rejects values below zero."""

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.private[1:]} must be >= 0, got {value}")
        setattr(obj, self.private, value)


class lazy:
    """A non-data descriptor that caches on first access."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Product:
    price = Positive()
    stock = Positive()

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    @property
    def value(self):
        return self.price * self.stock

    @property
    def label(self):
        return self._label if hasattr(self, "_label") else self.name.upper()

    @label.setter
    def label(self, text):
        self._label = text.strip()

    @label.deleter
    def label(self):
        del self._label

    @lazy
    def expensive(self):
        print("computing expensive...")
        return sum(range(self.stock))


p = Product("lamp", 20, 5)
print(p.value, p.label)
p.label = "  Desk Lamp  "
print(p.label)
del p.label
print(p.label, p.expensive, p.expensive)
try:
    p.price = -1
except ValueError as err:
    print(err)
print(type(Product.price).__name__, Product.value.__class__.__name__)
