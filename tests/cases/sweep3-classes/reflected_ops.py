# Reflected and in-place operators, NotImplemented fallbacks and their errors.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __neg__(self):
        return Money(-self.cents)
    def __bool__(self):
        return self.cents != 0
    def __hash__(self):
        return hash(self.cents)
a = Money(100)
print(a + Money(5), a + 7, 7 + a, 3 * a, a * 2, -a)
print(sum([Money(1), Money(2), Money(3)]))
b = a
b += Money(1)
print(a, b is a)
b += 10
print(a)
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, sorted([Money(3), Money(1)]), Money(2) > Money(1))
print(bool(Money(0)), bool(a), len({Money(1), Money(1)}))
for expr in ["a + 'x'", "'x' + a", "a * 1.5", "a - a", "a < 1", "a @ a", "a / 2", "~a", "abs(a)", "a ** 2"]:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, f"{type(e).__name__}:", e)
class Base:
    def __add__(self, other):
        return "Base.add"
    def __radd__(self, other):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), 1 + Base())
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.xs, o.xs))
    def __imatmul__(self, o):
        self.xs = [self @ o]
        return self
    def __getitem__(self, i):
        return self.xs[i]
    def __len__(self):
        return len(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __pow__(self, n, mod=None):
        return Vec(*[pow(x, n, mod) for x in self.xs]).xs
    def __rpow__(self, base):
        return [base ** x for x in self.xs]
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), v[1], len(v), 2 in v, v[-1], v ** 2, pow(v, 2, 3), 2 ** v)
v @= Vec(1, 1, 1)
print(v.xs)
class OnlyEq:
    def __eq__(self, other):
        return "custom"
print(OnlyEq() == 1, OnlyEq() != 1, 1 == OnlyEq())
