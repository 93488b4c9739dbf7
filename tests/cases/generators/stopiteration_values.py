def returns(value):
    yield "first"
    return value


for v in (None, 0, "text", [1, 2]):
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as stop:
        print(repr(stop.value), stop.args)


def bad():
    yield 1
    raise StopIteration("from inside")


try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", type(err.__cause__).__name__, err.__cause__)


def uses_next(it):
    while True:
        yield next(it)


try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as err:
    print("RuntimeError:", err)


def safe_next(it):
    for x in it:
        yield x


print(list(safe_next(iter([1, 2]))))
it = iter([])
try:
    next(it)
except StopIteration as stop:
    print("empty iterator:", repr(stop.value), stop.args)
e = StopIteration(42)
print(e.value, e.args, str(e), repr(e))
