# Comparing ints with ints, floats and bools.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 == 1.0, 1 < 1.5, 2 > 1.999, 10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
print(True == 1, False == 0, True + True, True > False, -1 < False)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
print(max(3, 9, 2), min(3, 9, 2), max(-1, -10), min([5, 3, 8]))
print(sorted([5, -2, 10 ** 20, 0, -(10 ** 20), 3]))
print(10 ** 30 < 10 ** 30 + 1, -(10 ** 30) < -(10 ** 30) + 1)
values = [3, 1, 2]
print(values == [3, 1, 2], values < [3, 2], (1, 2) < (1, 2, 0))
print(0 == -0, 5 != 5.0, 7 == 7.000000000000001, float("inf") > 10 ** 1000)
print(1 == "1", 1 != "1", None == 0)
try:
    1 < "1"
except TypeError as err:
    print("TypeError:", err)
try:
    1 >= None
except TypeError as err:
    print("TypeError:", err)
for a, b in [(1, 2), (2, 2), (3, 2), (-1, 0), (10 ** 20, 10 ** 20), (10 ** 20, -(10 ** 20))]:
    print(a, b, a < b, a <= b, a == b, a != b, a >= b, a > b)
