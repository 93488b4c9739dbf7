# Comparisons between floats, ints and special values.
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1.0 == 1, 1.5 > 1, -0.5 < 0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16 + 1, float(10 ** 16 + 1) == 1e16)
print(1e308 < 10 ** 309, -1e308 > -(10 ** 309), float("inf") > 10 ** 309)
values = [3.5, -1.0, 2, 0.0, -0.0, 1e-9, 10 ** 20, 1e20]
print(sorted(values), max(values), min(values))
print(sorted(values, reverse=True))
print(1.0 < 2.0 < 3.0, 3.0 > 2 > 1.5, 1.0 == 1 == True, 0.5 != 0.5)
for a, b in [(0.1, 0.1), (0.1, 0.2), (1.0, 1), (float("nan"), 1.0), (float("inf"), 1e308)]:
    print(a, b, a < b, a <= b, a == b, a != b, a >= b, a > b)
