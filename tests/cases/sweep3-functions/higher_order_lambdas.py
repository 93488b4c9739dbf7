# Higher-order functions: composition, currying, callbacks, and lambdas in data structures.
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(3), compose(dbl, inc)(3), compose()(7), compose(str, len)(12345))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b if b else float("inf")}
print({k: f(12, 4) for k, f in ops.items()}, ops["/"](1, 0))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"), apply_n(inc, 0, 5))
events = []
def on(name, callbacks={}):
    def register(fn):
        callbacks.setdefault(name, []).append(fn)
        return fn
    register.callbacks = callbacks
    return register
@on("save")
def log_save(data):
    events.append(f"log {data}")
@on("save")
def backup(data):
    events.append(f"backup {data}")
for fn in on("x").callbacks["save"]:
    fn("doc1")
print(events)
print(sorted(["apple", "Banana", "cherry"], key=lambda s: s[-1]), list(filter(lambda p: p[1] > 1, {"a": 1, "b": 2}.items())))
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda x, y=10: x + y)(1), (lambda: "no args")())
power = partial(pow, exp=2) if False else partial(lambda b, e: b ** e, e=3)
print(power(2), power(b=3), [partial(max, 0)(v) for v in (-1, 5)])
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print(list(map(lambda f: f(16), [abs, str, lambda v: v ** 0.5, bin])))
table = [(name, f(2)) for name, f in [("square", lambda v: v * v), ("cube", lambda v: v ** 3), ("neg", lambda v: -v)]]
print(table, max(table, key=lambda t: t[1]))
