class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2); print(p.x, p.y, p.__dict__, type(Point.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, t):
        return "nondata"
class C:
    a = NonData()
c = C(); print(c.a); c.__dict__["a"] = "instance"; print(c.a)
class D:
    def __get__(self, obj, t):
        return "data"
    def __set__(self, obj, v):
        print("set", v)
class E:
    a = D()
e = E(); e.__dict__["a"] = "inst"; print(e.a); e.a = 5
class Method:
    def f(self):
        return self
m = Method()
print(Method.f(m) is m, m.f.__self__ is m, m.f.__func__ is Method.f, type(m.f).__name__)
print(Method.__dict__["f"].__get__(m, Method)() is m)
class S:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__, x
class T(S): pass
print(S.s(2), S().s(3), T.c(1), T().c(2), type(S.__dict__["s"]).__name__, type(S.__dict__["c"]).__name__)
class Rev:
    def __init__(self, f): self.f = f
    def __get__(self, obj, objtype=None):
        return lambda *a: self.f(obj, *reversed(a))
class U:
    @Rev
    def sub(self, a, b): return a - b
print(U().sub(1, 10))
