class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
print(repr(Point.x), type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__ is Point)
print(Point.x.__get__(p, Point), Point.y.__get__(None, Point) is Point.y)
Point.y.__set__(p, 20)
print(p.y)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), "x" in dir(p), "__dict__" in dir(Point))
try:
    Point.x.__get__(42, int)
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


r = Loose(5, 6)
r.extra = 7
print(r.x, r.extra, r.__dict__)


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print("AttributeError:", err)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), "_Private__secret" in dir(Private))

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as err:
    print("ValueError:", err)
try:
    class BadItem:
        __slots__ = (1,)
except TypeError as err:
    print("TypeError:", err)
try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as err:
    print("TypeError:", err)
try:
    class TwoDicts(WithDict):
        __slots__ = ("__dict__",)
except TypeError as err:
    print("TypeError:", err)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as err:
    print("TypeError:", err)

try:
    class IntSlots(int):
        __slots__ = ("v",)
except TypeError as err:
    print("TypeError:", err)


class IntEmpty(int):
    __slots__ = ()


print(IntEmpty(5) + 1)


class Err(Exception):
    __slots__ = ("code",)


try:
    err = Err("bad")
    err.code = 7
    raise err
except Err as caught:
    print(caught, caught.code, caught.args)


class Managed:
    __slots__ = ("_value",)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v * 2


m = Managed()
m.value = 4
print(m.value)

objects = [Point3(i, i + 1) for i in range(1000)]
for i, o in enumerate(objects):
    o.z = [i]
print(sum(o.z[0] for o in objects), objects[500].x)
