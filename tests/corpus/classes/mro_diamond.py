class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.trail, c.hello())
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), super(Child, c).hello())
print(isinstance(c, Right), issubclass(Child, Base), Child.__bases__)
try:
    class Broken(Base, Left):
        pass
except TypeError as err:
    print("MRO error:", err)
