(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, [y, z]] = ["x", "yz"]
print(x, y, z)
points = [((0, 0), "origin"), ((1, 2), "point"), ((-1, 5), "other")]
for (px, py), label in points:
    print(label, px + py)
for i, (key, (lo, hi)) in enumerate([("a", (1, 2)), ("b", (3, 4))]):
    print(i, key, lo, hi, hi - lo)
data = {"user": ("ann", (31, "paris"))}
name, (age, city) = data["user"]
print(name, age, city)
matrix = [[1, 2], [3, 4]]
(m11, m12), (m21, m22) = matrix
print(m11 * m22 - m12 * m21)
(first, *mid), *others = [[1, 2, 3], [4], [5]]
print(first, mid, others)
