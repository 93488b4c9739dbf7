def make_adder(n):
    def add(x):
        return x + n
    return add


add5, add10 = make_adder(5), make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
print(add5.__closure__[0].cell_contents, add5.__code__.co_freevars)


def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count
    return counter


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2(), c1())


def multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(2) for m in multipliers()])


def multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(2) for m in multipliers_fixed()])


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner
    return middle()


print(outer()())


def shared_state():
    data = []

    def push(v):
        data.append(v)

    def peek():
        return list(data)
    return push, peek


push, peek = shared_state()
push(1)
push(2)
print(peek())


def late():
    fns = []
    for name in ["a", "b"]:
        def f():
            return name
        fns.append(f)
    return [f() for f in fns]


print(late())
