def make_counter():
    count = 0

    def increment(by=1):
        nonlocal count
        count += by
        return count

    def decrement():
        return increment(-1)

    def get():
        return count

    increment.get = get
    return increment, decrement


inc, dec = make_counter()
inc()
inc(10)
dec()
print(inc.get())


def compose(*functions):
    def composed(value):
        for f in reversed(functions):
            value = f(value)
        return value
    return composed


def adder(n):
    def add(x):
        return x + n
    return add


pipeline = compose(adder(1), lambda v: v * 2, adder(-3))
print(pipeline(10))


def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return [fact(i) for i in range(n)]


print(recursive_inner(7))


def shadowing():
    x = "outer"

    def read_only():
        return x

    def shadow():
        x = "shadow"
        return x

    return read_only(), shadow(), x


print(shadowing())


def late_binding():
    funcs = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in funcs], [f() for f in bound]


print(late_binding())
