# math and statistics functions used in teaching programs.
import math, statistics as st
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.factorial(10), math.comb(52, 5), math.perm(10, 3))
print(math.gcd(12, 18, 24), math.lcm(3, 4, 6), math.isqrt(17), math.fsum([0.1, 0.2, 0.3]), math.prod(range(1, 6)))
print(math.copysign(3, -0.0), math.fmod(10, 3), math.modf(3.75), math.frexp(10), math.ldexp(0.625, 4), math.hypot(5, 12))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.dist([1, 1], [4, 5]))
print(math.erf(0), round(math.erfc(0), 5), math.gamma(5), math.lgamma(1), round(math.gamma(0.5) ** 2, 10))
for bad in [lambda: math.sqrt(-4), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2),
            lambda: math.comb(3, -1), lambda: math.isqrt(-1), lambda: math.pow(0, -1), lambda: math.log(0), lambda: math.gcd(1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 6), st.pvariance(data), round(st.variance(data), 6))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"), st.fmean([1, 2, 3, 4]))
print(st.mean([1.5, 2.5]), st.geometric_mean([1, 4, 16]), st.harmonic_mean([40, 60]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([Fraction(1), Fraction(3)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
scores = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95]}
for name, s in sorted(scores.items(), key=lambda kv: -st.mean(kv[1])):
    print(f"{name:>4}: mean={st.mean(s):6.2f} median={st.median(s)} spread={max(s) - min(s)}")
print(round(st.correlation([1, 2, 3, 4], [2, 4, 6, 9]), 6), st.linear_regression([1, 2, 3], [2, 4, 6]))
