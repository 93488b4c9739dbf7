from fractions import Fraction
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(Fraction(1, 2), numbers.Rational))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, float), isinstance(1.0, numbers.Integral))
f = Fraction(3, 4)
print(f, f + 1, f * 2, f / 3, f ** 2, -f, abs(Fraction(-1, 3)), f + 0.25, Fraction("2/6"), Fraction(0.5), Fraction("1.25"))
print(f.numerator, f.denominator, Fraction(10, 4), Fraction(7, -14), float(Fraction(1, 8)), int(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(1, 2) == 0.5, sum(Fraction(1, n) for n in range(1, 6)), Fraction(1, 3).limit_denominator(2))
print(repr(Fraction(1, 3)), str(Fraction(4, 1)), hash(Fraction(1, 2)) == hash(0.5), Fraction(2, 1) == 2)
print(1 + 2.0, type(1 + 2.0).__name__, type(1 + Fraction(1)).__name__, type(1.0 + Fraction(1)).__name__, type(2 ** -1).__name__)
print(7 / 7, type(7 / 7).__name__, 2 ** 3.0, 10 // 3.0, 10 % 3.5)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(max(1, 2.5, Fraction(7, 2)), min([3, 1.5, Fraction(1, 2)]), sorted([2, 1.5, Fraction(5, 4), True]))
