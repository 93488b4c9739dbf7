print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", -1)))
for i, (a, b) in enumerate(zip("ab", "xy")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(range(3), range(3, 6), range(6, 9))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
e = enumerate("hi")
print(next(e), next(e), next(e, "done"))
z = zip("ab", [1, 2])
print(type(e).__name__, type(z).__name__, list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
