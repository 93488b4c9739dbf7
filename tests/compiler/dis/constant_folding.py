print(-1, +2, ~3, not 0, -0.0, -(2 ** 3))
print(1 + 2 * 3, 2 ** 10, 2 ** 200, 2 ** -1, 10 // 3, -10 // 3, -7 % 3, 7.5 % -2)
print(1 / 2, 1 / 0, 1.5 * 2, 1e300 * 1e300, 2 << 100, 2 << 200, 1 >> 1)
print("ab" + "cd", "ab" * 3, "x" * 5000, b"ab" * 2, (1, 2) + (3,), (1,) * 3)
print((1, 2, 3), (1, (2, 3)), [1, 2, 3], {1, 2, 3}, [1, 2], {"a": 1, "b": 2})
print("abc"[1], (1, 2, 3)[-1], b"abc"[0], "abc"[5] if False else 0)
print(1 + 2j, 2j * 2j, (1 + 2j) ** 2, -1j, 3 - 4j, 1j / 2)
print(True + True, True & False, True | 1, -True, 0.1 + 0.2, 1e16, 1e-5, 123.456e-7)
print(__debug__, x in [1, 2], x in {1, 2}, x not in ["a", "b"], x in [y, z])
for i in [1, 2, 3]:
    pass
for j in {4, 5}:
    pass
print("%s and %r" % (a, b), "%5s|%-4r|%.2a" % (a, b, c), "%d" % (a,), "%s" % a, "100%%" % ())
