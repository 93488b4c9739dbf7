class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
p = P(1, 2)
print("{0.x} and {0.y}".format(p), "{p.x}".format(p=p), "{0[1]}".format([5, 6]), "{d[k]}".format(d={"k": "v"}))
print("{!r:>10}|{:<6}|".format("hi", "x"), "{:{}}|".format("w", 5), "{:{fill}^{w}}".format("c", fill="*", w=7))
print("{0}{1}{0}".format("a", "b"), "{} {}".format(*"xy"), "{a}-{b}".format_map({"a": 1, "b": 2}))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.cents + other.cents)
        if isinstance(other, int): return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, other): return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other): return self.cents < other.cents
    def __repr__(self): return f"Money({self.cents})"
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]), sorted([Money(3), Money(1)]))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    hash(Money(1))
except TypeError as e:
    print(e)
try:
    class X(int, str): pass
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        print("Mid init", level)
m = Mid("m", 2); print(vars(m))
class Temperature:
    def __init__(self, c): self.c = c
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c): return c > -273.15
    def __repr__(self): return f"{type(self).__name__}({self.c:.1f})"
print(Temperature.from_f(212), Temperature.valid(-300), Temperature(0).valid(5))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(c1.id, c2.id, Counter.count, c1.count)
c1.count = 99
print(c1.count, Counter.count, c2.count)
print(P.__name__, P.__qualname__, P.__module__, type(P), type(p), p.__class__ is P)
print(hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", None), p.__dict__)
class Empty: pass
e = Empty(); e.dynamic = 1; print(e.dynamic, Empty.__doc__, Empty.__bases__)
class Doc:
    """A documented class."""
    def method(self):
        """Method doc."""
print(Doc.__doc__, Doc.method.__doc__, Doc().method.__doc__)
print(str(P), repr(P), P)
class R:
    def __str__(self): return "str!"
print(R(), [R()][0].__str__(), f"{R()}", "%s" % R())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
print(Eq(1) == 1, Eq(1) != 1, Eq(1) in [1], [Eq(2)].index(2), [1, 2].count(Eq(2)))
class Len:
    def __len__(self): return 0
print(bool(Len()), not Len(), len(Len()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Bad:
    def __repr__(self): return 5
try:
    repr(Bad())
except TypeError as e:
    print(e)
class Order:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(Order(2) > Order(1), Order(1) < Order(2))
try:
    Order(1) <= Order(2)
except TypeError as e:
    print(e)
