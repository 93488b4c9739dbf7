a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b = b, a
print(a, b)
xs = [5, 6, 7]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i, j = 0, 1
xs[i], xs[j] = xs[j], xs[i]
print(xs)
fib = (0, 1)
for _ in range(10):
    fib = fib[1], fib[0] + fib[1]
print(fib)
x, y = 1, 2
x, y = y, x + y
print(x, y)
lst = [1, 2, 3]
lst[0], lst[1:] = "a", "bc"
print(lst)
