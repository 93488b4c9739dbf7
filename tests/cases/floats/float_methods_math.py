import math

# A few math functions whose results are exact or well-defined.
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.hypot(3, 4), math.fabs(-2.5))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.pi, math.e, math.tau, math.inf, math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.log(1), math.log(math.e), math.log2(8), math.log10(1000), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4 == math.pi, math.degrees(math.pi))
print(math.radians(180), math.factorial(10), math.gcd(48, 18), math.lcm(4, 6), math.comb(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.fsum([0.1] * 10), math.prod([0.5, 4, 3]), math.dist((0, 0), (3, 4)), math.modf(-2.5))
print(math.frexp(12.0), math.ldexp(0.75, 4), math.remainder(10, 4), math.remainder(11, 4))
try:
    math.sqrt(-1)
except ValueError as err:
    print("ValueError:", err)
try:
    math.log(0)
except ValueError as err:
    print("ValueError:", err)
try:
    math.exp(1000)
except OverflowError as err:
    print("OverflowError:", err)
