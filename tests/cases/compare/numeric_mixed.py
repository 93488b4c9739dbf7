pairs = [(1, 1.0), (1, True), (0, False), (0.5, 1), (2, 2.0000000000000001), (10 ** 20, 1e20),
         (10 ** 20 + 1, 1e20), (-0.0, 0), (float("inf"), 10 ** 400), (1 + 0j, 1), (3, 3 + 0j)]
for a, b in pairs:
    try:
        print(repr(a), repr(b), a == b, a != b, a < b, a >= b)
    except TypeError as err:
        print(repr(a), repr(b), a == b, a != b, "TypeError:", err)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([1.0, 1, True], key=lambda x: 0))
print(2 ** 53 + 1 > 2 ** 53, float(2 ** 53 + 1) > 2 ** 53, 2 ** 53 + 1 > float(2 ** 53))
