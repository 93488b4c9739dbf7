from fractions import Fraction
from decimal import Decimal

print(1 + 2.0, 3 * Fraction(1, 3), Fraction(1, 2) + 0.5, Decimal("1.1") + 2)
print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, -7.5 // 2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 % 2, -7.5 % 2)
print(divmod(-17, 5), divmod(17.5, 5), divmod(Fraction(7, 2), 1))
print(2 ** 0.5 * 2 ** 0.5 == 2, abs(2 ** 0.5 * 2 ** 0.5 - 2) < 1e-12)
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2))
print(int(3.99), int(-3.99), int(True), float(7), complex(2), bool(0.0))
print(10 / 4, 10 // 4, 10 % 4, 2 ** -2, (-8) ** (1 / 3) != -2)
print(max(1, 2.5, Fraction(5, 2)), min(-1, -1.0), sum([0.1] * 10), sum([0.1] * 10) == 1.0)
