point = 3, 4
x, y = point
x, y = y, x
a = b = 1, 2
nested = (1, (2, (3, (4,))))
print(point, x, y, a, b, nested[1][1][1][0])
t = 1, 2, 3,
print(t, len(t), t + (4,), t * 2, (0,) * 3, () == tuple())
print(("a",) * 2, ("a") * 2, (1, 2) < (1, 2, 0), max((2, "b"), (2, "a")))
for i, (name, score) in enumerate((("x", 1), ("y", 2))):
    print(i, name, score)
swap = lambda p: (p[1], p[0])
print(swap(point), divmod(17, 5), tuple(reversed(t)), t.index(2), t.count(5))
