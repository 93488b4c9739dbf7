import functools


def fib_recursive(n):
    return n if n < 2 else fib_recursive(n - 1) + fib_recursive(n - 2)


@functools.cache
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_generator():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_matrix(n):
    def multiply(x, y):
        return [[sum(x[i][k] * y[k][j] for k in range(2)) for j in range(2)] for i in range(2)]

    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = multiply(result, base)
        base = multiply(base, base)
        n >>= 1
    return result[0][1]


def fib_doubling(n):
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


gen = fib_generator()
print([fib_recursive(i) for i in range(15)])
print(fib_memo(90), fib_iterative(90), fib_matrix(90), fib_doubling(90)[0])
print([next(gen) for _ in range(10)], len(str(fib_iterative(1000))))
