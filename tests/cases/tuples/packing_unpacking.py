point = 3, 4
x, y = point
print(point, x, y)
x, y = y, x
print(x, y)
a, b, c = "abc"
print(a, b, c)
first, *rest = (1, 2, 3, 4)
*init, last = (1, 2, 3, 4)
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([5, 3, 9, 1])
result = min_max([2])
print(lo, hi, result, type(result).__name__)
for i, (name, score) in enumerate((("ann", 90), ("bob", 85))):
    print(i, name, score)
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
print(*point, sep=" | ")
t = (*range(3), *"xy", 9)
print(t)
