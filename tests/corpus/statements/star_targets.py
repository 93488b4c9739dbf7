# Starred targets in assignments and for loops.
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(10)
print(first, rest, init, last, head, middle, tail)

(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)

[x, [y, *zs]] = [1, [2, 3, 4]]
print(x, y, zs)

for index, (key, *values) in enumerate([("a", 1, 2), ("b",), ("c", 3)]):
    print(index, key, values)

*everything, = (7, 8, 9)
print(everything)

matrix = [[1, 2, 3], [4, 5, 6]]
for first_col, *remaining in matrix:
    print(first_col, remaining)

record = ("Ada", "Lovelace", 1815, "London", "mathematician")
given, family, *details = record
print(f"{family}, {given}: {details}")

merged = [*range(3), *"ab", *[None]]
also = (*merged, 99)
print(merged, also)
