# Fraction: construction, arithmetic, comparisons, hashing, rounding.
from fractions import Fraction
import math

print(Fraction(10, -8), repr(Fraction(10, -8)), Fraction(), Fraction(7))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
for s in ['314', '-35/4', '3.1415', '-47e-2', ' 1/3 ', '1_000', '.5', '2.', '1e3', '+7/ 2',
          '1.5E+2', '3 / 4']:
    print(repr(s), repr(Fraction(s)))
for bad in ['', '1/', '/2', 'abc', '1.2.3', '1__0', '_1', '1e', '. 5', '0x10']:
    try:
        Fraction(bad)
    except ValueError as e:
        print("ValueError:", e)
print(Fraction(1.47), Fraction(2.25), Fraction(-0.1), Fraction.from_float(0.5), Fraction.from_float(3))
for args in [(1, 0), (1.5, 2), ([],)]:
    try:
        Fraction(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction(float('nan'))
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction.from_float("1")
except TypeError as e:
    print("TypeError:", e)

a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a ** 2, a ** -2, (-a) ** -3, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a + 0.5, 0.5 + a, a * 1j, a ** 0.5, Fraction(9, 4) ** Fraction(1, 2))
print(a < b, a <= b, a > 0.3, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2)
print(Fraction(1, 2) < 1, 2 > Fraction(3, 2), Fraction(1) == 1.0, a != b, a == "1/3")
print(sorted([Fraction(3, 7), 0.4, Fraction(1, 3), 1]), max(a, b), min(a, 0.2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), hash(Fraction(1, 3)))
print(int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(1234), -2))
print(float(Fraction(1, 3)), complex(Fraction(1, 4)), bool(Fraction(0)), bool(a))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction('3.14159').limit_denominator(100))
print(Fraction(1, 3).limit_denominator(2), Fraction(1234, 5678).limit_denominator(10))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(4, 2).is_integer(), a.is_integer())
print(sum([Fraction(1, n) for n in range(1, 8)]), math.prod([Fraction(2, 3)] * 3))
print(f"{a}", str(Fraction(-5)), format(Fraction(5, 3), ""))
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import numbers
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Integral))
