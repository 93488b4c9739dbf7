def simple():
    print("start")
    yield 1
    print("after first")
    yield 2
    print("after second")


g = simple()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration", stop.value)
print(next(g, "default"))


def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(6)), sum(squares(4)), tuple(squares(0)))
for s in squares(3):
    print("got", s)


def empty():
    return
    yield


print(list(empty()))


def yield_none():
    yield
    x = yield
    print("x =", x)


print(list(yield_none()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
g1, g2 = squares(3), squares(3)
print(next(g1), next(g1), next(g2), list(g1), list(g2))
