import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(99), math.cbrt(27), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(1, -0.0))
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.factorial(12), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log2(1024), math.log10(0.001), math.log(8, 2), math.exp(0))
print(round(math.sin(math.pi / 6), 12), math.cos(0), round(math.degrees(math.atan2(1, 1)), 6))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 6)), math.isclose(0.1 + 0.2, 0.3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(10, 3))
