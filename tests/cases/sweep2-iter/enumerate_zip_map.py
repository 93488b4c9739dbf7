names = ["ann", "bob", "cy"]
ages = [30, 25]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(names, range(10))), list(zip(names, ages, "xyz")))
from itertools import zip_longest
print(list(zip_longest(names, ages)), list(map(len, names)), list(map(pow, [2, 3], [3, 2])))
print(list(map(str.upper, names)), list(map(lambda *xs: sum(xs), [1, 2], [3, 4], [5, 6])))
e = enumerate(names); print(type(e).__name__, next(e), list(e), list(enumerate([])))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print(ex)
print(next(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3]); print(list(f), list(f))
r = reversed(names); print(next(r), list(r))
print(list(enumerate("ab", -1)), [(i, c) for i, c in enumerate("xyz") if i != 1])
print(sum(map(int, "12345")), "".join(map(chr, range(97, 102))), list(map(None.__class__, [])))
