# Slice assignment, deletion, extended slices and their errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = "ab"
print(b)
b[5:100] = (9, 9)
print(b)
b[-100:1] = [None]
print(b)
c = list(range(6))
c[::-1] = c
print(c)
c[4:1:-1] = ["p", "q", "r"]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    c["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    del c[100]
except IndexError as e:
    print("IndexError:", e)
try:
    c[100] = 1
except IndexError as e:
    print("IndexError:", e)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [0] * 3
e[1:1] = [7, 8]
print(e, e[1:1], e[10:], e[-1:-4:-1], e[::-2], e[1:-1])
s = slice(1, None, 2)
print(e[s], s.start, s.stop, s.step, s.indices(len(e)), range(*s.indices(len(e))))
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[5:], t[-2:], t[:-2], (t[0],) + t[2:])
grid = [[0] * 3 for _ in range(3)]
grid[1][1:] = [5, 6]
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
x *= 2
print(x)
z = [[1], [2]]
w = z[:]
w[0].append(99)
w[1] = "new"
print(z, w)
