def gen(n):
    for i in range(n):
        yield i

def gen_send():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

def delegate(items):
    yield from items
    result = yield from gen(3)
    return result

def gen_in_try():
    try:
        yield 1
    finally:
        print("cleanup")

def bare_yield():
    yield

expr = (x * 2 for x in range(10) if x % 3)
nested = ((i, j) for i in range(3) for j in range(i))
lam = lambda: (yield)
