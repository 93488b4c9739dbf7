xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[2:2] = ["inserted", "twice"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = ["tail"]
print(xs)
xs[1:4] = []
print(xs)
xs[::2] = range(len(xs[::2]))
print(xs)
xs[::-3] = ["x"] * len(xs[::-3])
print(xs)
xs[:] = "abc"
print(xs)
xs[5:] = [1, 2]
print(xs)
xs[-1:] = [[9, 9]]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
ys = list(range(6))
ys[1:5:2] = [10, 30]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    ys[1:2] = 5
except TypeError as err:
    print("TypeError:", err)
zs = [1, 2, 3]
zs[1:2] = zs
print(zs)
zs[:] = []
print(zs, len(zs))
