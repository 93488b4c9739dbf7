from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else round(o * 100)))
    __radd__ = __add__
    def __sub__(self, o): return Money(self.cents - o.cents)
    def __mul__(self, k): return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __truediv__(self, k): return Money(self.cents // k)
    def __floordiv__(self, o): return self.cents // o.cents
    def __mod__(self, o): return Money(self.cents % o.cents)
    def __neg__(self): return Money(-self.cents)
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __format__(self, spec): return format(str(self), spec)
a, b = Money(1050), Money(299)
print(a + b, a - b, a * 3, 2 * b, a / 4, a // b, a % b, -b, a + 1.5, sum([a, b], Money(0)))
print(a > b, a <= b, a == Money(1050), sorted([a, b, Money(5)]), max(a, b), bool(Money(0)), f"[{a:>8}]")
x = Money(100); y = x; x += Money(1); print(x, y, x is y)
class Vec:
    def __init__(self, *v): self.v = list(v)
    def __iadd__(self, o):
        self.v = [a + b for a, b in zip(self.v, o.v)]; return self
    def __repr__(self): return f"Vec{tuple(self.v)}"
    def __getitem__(self, i): return self.v[i]
    def __setitem__(self, i, x): self.v[i] = x
p = Vec(1, 2); q = p; p += Vec(10, 10); print(p, q, p is q); p[0] = 99; print(q[0], q[-1], p[::-1])
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    def __lt__(self, o): return self.v < getattr(o, "v", o)
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) < 2, 2 > Cmp(1), Cmp(3) in [1, 2, 3], [Cmp(2), Cmp(1)].index(1))
