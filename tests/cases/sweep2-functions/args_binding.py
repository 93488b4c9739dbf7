def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0, "z": 1}))
def pos(a, b, /, c, *, d): return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: pos(1, 2, 3),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
    lambda: f(1, c=1, **{"c": 2}),
    lambda: (lambda a, b: 0)(1, 2, b=3),
    lambda: len(),
    lambda: len([], []),
    lambda: (lambda **k: k)(**{1: 2}),
    lambda: f(1, *5, c=2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def kwonly(*, a, b): pass
try:
    kwonly(b=1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
def g(x, y=None, *rest): return x, y, rest
print(g(1), g(1, 2, 3), g.__code__.co_argcount, g.__code__.co_flags & 4 != 0)
import inspect
print(inspect.signature(f), inspect.signature(pos), list(inspect.signature(g).parameters))
