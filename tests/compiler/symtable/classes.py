class Base:
    attr = 1
    def method(self):
        return attr

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = 1
    def show(self):
        return __class__
    __private = 2
    def get(self):
        return self.__private

def make():
    x = 1
    class Local:
        x = 2
        def m(self):
            return x
        y = x
    return Local

def make2():
    z = 3
    class Inner:
        nonlocal z
        z = 4
    return z

class Outer:
    class Nested:
        def f(self):
            return Nested
    def g(self):
        class InMethod:
            def h(self):
                return super().h()
        return InMethod

class UsesComprehension:
    values = [1, 2]
    doubled = [v * 2 for v in values]
    pairs = [(a, b) for a in values for b in range(a)]
    def m(self):
        return [__class__ for _ in range(1)]
