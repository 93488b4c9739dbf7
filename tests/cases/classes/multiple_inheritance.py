class Walker:
    def move(self):
        return "walk"

    def describe(self):
        return "walker"


class Swimmer:
    def move(self):
        return "swim"

    def dive(self):
        return "dive"


class Duck(Walker, Swimmer):
    def describe(self):
        return "duck: " + super().describe()


class Penguin(Swimmer, Walker):
    pass


d, p = Duck(), Penguin()
print(d.move(), d.dive(), d.describe(), p.move(), p.describe())
print([c.__name__ for c in Duck.__mro__], [c.__name__ for c in Penguin.__mro__])


class LoggingMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"


class Service(LoggingMixin):
    def run(self):
        return self.log("running")


print(Service().run())
try:
    class Bad(Walker, Duck):
        pass
except TypeError as err:
    print("TypeError:", err)


class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


print(Bottom().hello(), [c.__name__ for c in Bottom.__mro__])


class X:
    value = "X"


class Y:
    value = "Y"


class XY(X, Y):
    pass


class YX(Y, X):
    pass


print(XY.value, YX.value, XY.__bases__, issubclass(XY, Y), isinstance(YX(), X))
