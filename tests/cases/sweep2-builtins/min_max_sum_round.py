print(max([3, 1, 4]), max(3, 1, 4), max("abc", "abd"), max([], default="empty"), max([1, 2], key=lambda x: -x))
print(min([(2, "b"), (2, "a")]), min("zebra"), min([3, 1], default=0), max({"a": 3, "b": 1}), max([[1, 2], [1, 3]]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, key=None, default=0), lambda: min([1, "a"])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum(range(10), start=-45), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([True, True, False]), sum(x * x for x in range(4)))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e15 + 0.5]:
    print(x, round(x), round(x, 1), round(x, -1))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(5), round(5, -1), round(15, -1), round(25, -1))
print(abs(-7), abs(7.5), abs(-0.0), abs(True), divmod(9, 4), divmod(-9, 4), divmod(9.5, -2))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2, 10, 7), pow(7, -1, 13), pow(2.5, 2))
