pairs = [("one", 1), ("two", 2), ("three", 3)]
for word, number in pairs:
    print(word, number)
for index, (word, number) in enumerate(pairs, start=1):
    print(index, word * number)
totals = {"a": [1, 2], "b": [3]}
for key, values in totals.items():
    print(key, sum(values))
for x, y, z in zip("abc", range(3), [True, False, None]):
    print(x, y, z)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *rest in ["abc", "d"]:
    print(first, rest)
for _, value in sorted({"z": 1, "y": 2}.items()):
    print(value)
grid = [(r, c) for r in range(2) for c in range(2)]
for r, c in grid:
    print(f"({r},{c})", end=" ")
print()
