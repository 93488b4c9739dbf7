# Rounding modes, true vs floor division, and integer/float interplay.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3), (10**20, 3), (2**70, 2**35)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b), round(a / b), round(a / b, 3))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 2.665, 0.285, 1.005, 1e-10, 123.5, 124.5]:
    print(v, round(v), round(v, 1), round(v, 2), f"{v:.2f}", f"{v:.0f}", "%.1f" % v)
for n in [5, 15, 25, 35, 45, -5, -15, 150, 250]:
    print(n, round(n, -1), round(n, -2), round(n * 1.0, -1))
import math, decimal, fractions
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), int(-0.5), round(-0.5))
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), type(math.floor(2.5)))
print(10 / 4, 10 // 4, 10 / 5, type(10 / 5), 2**-1, type(2**-1), 2**0, (-2)**3, (-2)**-2)
print(1e308 + 1e308, -(1e308 + 1e308), 10**308 / 10**307, (10**400) // (10**399), 10**400 // 3 % 10)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 / 10**399, 1 / 10**400, (10**400 + 1) / 10**400)
print(7 / 7, 0 / 3, -0 / 3, 0.0 / -3, 3 % 3, -3 % 3, -0.0 % 3)
print(round(decimal.Decimal("2.675"), 2), round(fractions.Fraction(5, 2)), round(fractions.Fraction(7, 2)), round(fractions.Fraction(1, 3), 2))
print(decimal.Decimal("2.5").quantize(decimal.Decimal("1")), decimal.Decimal("2.5").quantize(decimal.Decimal("1"), rounding=decimal.ROUND_HALF_UP))
print(math.isqrt(99), math.isqrt(100), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(48, 180), math.lcm(4, 6))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(0, 5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 11)
