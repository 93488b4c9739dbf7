a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n) = (3, 4)
[r, s] = (5, 6)
print(m, n, r, s)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
i1, i2, i3 = range(3)
print(i1, i2, i3)
g1, g2 = (n * n for n in (7, 8))
print(g1, g2)
one, = [1]
(single,) = "s"
[only] = {"k": "v"}.values()
print(one, single, only)
a = b = c = "shared"
print(a, b, c)
first, second = second_val, first_val = "AB"
print(first, second, second_val, first_val)
values = [1, 2, 3]
i = 0
i, values[i] = 1, "changed"
print(i, values)
