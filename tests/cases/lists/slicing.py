xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[7:2:-2], xs[-1:-4:-1])
print(xs[100:], xs[-100:2], xs[5:5], xs[6:2], xs[::1] == xs, xs[:] is not xs)
for step in (1, 2, 3, -1, -2, -4):
    print(step, xs[::step], xs[1::step], xs[:5:step], xs[8:1:step])
s = slice(1, 8, 2)
print(xs[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(10), slice(-3, None).indices(10))
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix[1][1:3], [row[::-1] for row in matrix[::2]], [row[0] for row in matrix])
copy = xs[:]
copy[0] = "changed"
print(xs[0], copy[0])
try:
    xs[::0]
except ValueError as err:
    print("ValueError:", err)
try:
    xs[1.5]
except TypeError as err:
    print("TypeError:", err)
try:
    xs[10]
except IndexError as err:
    print("IndexError:", err)
