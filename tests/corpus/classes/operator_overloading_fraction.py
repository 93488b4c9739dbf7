from math import gcd
from functools import total_ordering


@total_ordering
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(value):
        return value if isinstance(value, Rational) else Rational(value)

    def __add__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        return self + -self._coerce(other)

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return self._coerce(other) / self

    def __pow__(self, exponent):
        if exponent < 0:
            return Rational(self.den ** -exponent, self.num ** -exponent)
        return Rational(self.num ** exponent, self.den ** exponent)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        return (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


half, third = Rational(1, 2), Rational(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 / third)
print(half ** 3, third ** -2, -half, float(third), int(Rational(7, 2)))
print(half > third, half >= Rational(2, 4), sorted([half, third, Rational(-1, 5)]))
print(sum([half, third, Rational(1, 6)], Rational(0)))
