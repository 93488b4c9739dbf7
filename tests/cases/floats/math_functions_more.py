import math

vals = [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, -0.5, -1.5, -2.5, 0.1, 0.3, 0.9, 1.2, 3.7, 5.5, 10.0, 20.5, 100.0, 171.5, -20.5, 1e-10, 1e-25, 150.3, -150.3]
for x in vals:
    out = []
    for name in ("erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "asinh"):
        try:
            # 12 digits: exp, log and pow may differ from C's in the last bit.
            out.append(f"{getattr(math, name)(x):.12g}")
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(x, *out)
for x in [1.0, 1.5, 10.0, 1e300]:
    print(math.acosh(x), math.atanh(x / 1e301))
for x in [0.0, -0.0, 1.0, 12.0, -3.5, 1e-310, 5e-324, 1.7976931348623157e308, math.inf, -math.inf]:
    print(math.frexp(x), math.modf(x), math.ulp(x))
print(math.frexp(math.nan), math.modf(math.nan), math.ulp(math.nan))
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(0.75, 4))
print(math.ldexp(-0.0, 5), math.ldexp(math.inf, -5), math.ldexp(1, 10**30 * -1))
for a, b in [(10, 4), (11, 4), (-11, 4), (5.5, 2), (6.5, 2), (-6.5, 2), (1e300, 3.0), (3.0, math.inf), (-0.0, 1.0)]:
    print(math.remainder(a, b))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 1.0, steps=5))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1), math.fma(1e308, 10, -1e308 * 9), math.fma(-0.0, 1.0, -0.0), math.fma(1e-300, 1e-300, 0))
print(math.dist((1, 2, 3), (4, 6, 8)), math.dist([0.1, 0.2], [0.4, 0.6]), math.dist((), ()), math.dist((1e308, 1e308), (-1e308, -1e308)))
print(math.hypot(3, 4), math.hypot(), math.hypot(1e-320, 1e-320), math.hypot(0.1, 0.2, 0.3), math.hypot(math.inf, math.nan), math.hypot(-5))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([1.5, 2], [2, True]), math.sumprod([], []))
print(math.sumprod([10**20, 1], [10**20, 1]), math.sumprod([complex(1, 2)], [2]))
errors = [
    lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.gamma(0), lambda: math.gamma(-2),
    lambda: math.lgamma(-1), lambda: math.gamma(172), lambda: math.exp2(2000), lambda: math.remainder(1, 0),
    lambda: math.remainder(math.inf, 1), lambda: math.fma(math.inf, 0, 1), lambda: math.fma(1e308, 10, 0),
    lambda: math.dist((1, 2), (1,)), lambda: math.sumprod([1], [1, 2]), lambda: math.ldexp(1.0, 1.5),
    lambda: math.ldexp(1.0, 5000), lambda: math.nextafter(1, 2, steps=-1), lambda: math.erf("x"),
    lambda: math.dist(1, 2),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf), math.gamma(1e-30))
