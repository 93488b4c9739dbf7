# Fraction and Decimal: exact arithmetic, conversions, contexts and errors.
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero, ROUND_DOWN, ROUND_CEILING
print(F(1, 3) + F(1, 6), F(3, 4) * F(2, 3), F(1, 2) / F(1, 4), F(7, 3) // 1, F(7, 3) % 1, F(-7, 3) // 1, F(2, 3) ** 2, F(4, 9) ** F(1, 2))
print(F("3/7"), F("0.125"), F(" -2.5 "), F(0.1), F(0.1).limit_denominator(100), F(1.5), F(D("0.75")), F(6, -8))
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(5, 1) == 5, hash(F(5, 1)) == hash(5), float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 3), 2))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F(10, 4), repr(F(10, 4)), f"{F(1, 3):.5f}", F(1, 3).is_integer() if hasattr(F, "is_integer") else False)
print(sum(F(1, n) for n in range(1, 6)), max(F(1, 3), F(2, 7)), sorted([F(1, 2), F(1, 3), 0.4]))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(1, 3) + "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(D("0.1") + D("0.2"), D("1.10") + D("2.205"), D("10") / D("3"), D("1") / D("8"), D(2).sqrt(), D("1.5") * 2, D("7") // D("2"), D("-7") % D("2"))
print(D(0.1), D("1e3"), D("1E-3"), D("-0"), D("123.4500").normalize(), D("1.2345").quantize(D("0.01")), D("2.5").quantize(D("1")))
print(D("1.2345").quantize(D("0.01"), rounding=ROUND_DOWN), D("1.2301").quantize(D("0.01"), rounding=ROUND_CEILING), round(D("2.675"), 2), round(D("3.5")))
print(D("3.14").as_tuple(), D("-1.5").is_signed(), D("NaN").is_nan(), D("Infinity") > 10**100, D("1.0") == D("1"), D("0.1") == 0.1, D("0.5") == 0.5)
print(str(D("1E+2")), repr(D("1E+2")), int(D("9.99")), float(D("0.25")), D(5) ** 3, abs(D("-3.2")), -D("1.0"), D("12.50").to_integral_value())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0)
print(getcontext().prec, D(1) / D(7))
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D("1.5") + 1.5, lambda: D(-1).sqrt()]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
prices = [D("19.99"), D("5.01"), D("0.10")]
print(sum(prices), sum(prices) * D("1.08"), (sum(prices) * D("1.08")).quantize(D("0.01")), f"{sum(prices):>10}", f"{D('1234.5'):,.2f}")
