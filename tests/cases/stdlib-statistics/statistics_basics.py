# statistics: averages, spread, quantiles, with ints, floats and Fractions.
import statistics as st
from fractions import Fraction as F

data = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.5, 3.25, 5.5, 11.25, 0.75, 1.0]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean(floats))
print(st.mean([F(1, 2), F(3, 4)]), st.mean([1, F(1, 3)]), st.mean([0.5, F(1, 4)]), st.mean(iter([1e50, 1, -1e50] * 3)))
print(st.mean([True, False, True]) if False else "", st.fmean(data), st.fmean(floats), st.fmean(iter([1, 2])))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
print(st.median(data), st.median([1, 3, 5]), st.median([1, 2, 3, 4]), st.median([1.5, 2.5]))
print(st.median_low(data), st.median_high(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([25, 35, 35, 45], interval=10))
print(st.mode(data), st.mode(["red", "blue", "red"]), st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(floats), st.pvariance(floats), st.stdev(floats), st.pstdev(floats))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance(data, 5), st.pvariance(data, mu=5), st.stdev([1, 2, 3]), st.pstdev([7]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1, 10, 100]), st.geometric_mean([0, 5]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method="inclusive"), st.quantiles([1.0, 2.0, 4.0], n=5), st.quantiles([7], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, list(reversed(x))), st.correlation(x, x), st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
r = st.linear_regression(x, y)
print(round(r.slope, 12), round(r.intercept, 12))
for call in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
             lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.harmonic_mean([-1, 2]),
             lambda: st.geometric_mean([]), lambda: st.geometric_mean([-1]), lambda: st.quantiles([1, 2], n=0),
             lambda: st.quantiles([], n=4), lambda: st.covariance([1], [1]), lambda: st.correlation([1, 1], [1, 2]),
             lambda: st.fmean([]), lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.quantiles([1, 2], method="x")]:
    try:
        print(call())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.mean(["a"])
except TypeError as e:
    print("TypeError", e)
print(issubclass(st.StatisticsError, ValueError), type(st.mean([1.0, 2])).__name__, type(st.variance([1, 3, 5])).__name__)
