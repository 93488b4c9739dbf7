import math
import statistics

samples = [2.5, 3.1, 4.7, 3.3, 2.9, 5.6, 4.1, 3.8, 2.2, 6.0, 3.5, 4.4]


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s, n = sorted(xs), len(xs)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))


print(round(mean(samples), 4), median(samples), round(stdev(samples), 4))
print(round(statistics.mean(samples), 4), statistics.median(samples), round(statistics.stdev(samples), 4))
print([round(percentile(samples, p), 3) for p in (0, 25, 50, 75, 100)])
xs = list(range(10))
print(round(correlation(xs, [2 * x + 1 for x in xs]), 6), round(correlation(xs, [x * x for x in xs]), 4))
