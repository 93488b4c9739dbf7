def counter():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown", e)
            x = 100
        if x is None:
            return total
        total += x
g = counter()
print(next(g), g.send(5), g.send(7), g.throw(ValueError("v")))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
print(c.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def gen_stop():
    raise StopIteration("x")
    yield
try:
    next(gen_stop())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def coro(n):
    return n * 2
c = coro(21)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
