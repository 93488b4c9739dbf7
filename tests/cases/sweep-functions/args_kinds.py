def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs): return args, kwargs
print(h(), h(1, a=2), h(*range(3), **dict(x=1)))
def defaults(a, L=[]):
    L.append(a); return L
print(defaults(1), defaults(2), defaults(3, []))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(g.__code__.co_posonlyargcount, f.__code__.co_varnames[:4])
def anno(a: int, b: "str" = "x") -> bool: return True
print(anno.__annotations__)
def doc():
    """Docstring here."""
print(doc.__doc__, doc.__qualname__, doc.__module__)
lam = lambda x, y=1: x + y
print(lam(1), lam(1, 2), lam.__name__)
def errs():
    tests = [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: g(x=1, y=2, z=3), lambda: g(1, 2, 3),
             lambda: lam(), lambda: lam(1, 2, 3), lambda: h(**{1: 2}), lambda: f(1, **{"c": 1}, **{"c": 2}),
             lambda: defaults(), lambda: anno(1, 2, 3), lambda: anno(b=1), lambda: doc(1), lambda: doc(x=1)]
    for t in tests:
        try:
            t()
        except TypeError as e:
            print("TypeError:", e)
errs()
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class K:
    def m(self, a, *, b): return a, b
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return cls.__name__, a
k = K()
for t in [lambda: k.m(), lambda: k.m(1), lambda: k.m(1, 2), lambda: K.m(1), lambda: k.s(), lambda: K.c(), lambda: k.m(1, b=2, c=3)]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
print(k.m(1, b=2), K.s(5), K.c(6), k.c(7))
def many(a, b, c, d): pass
for call in [lambda: many(1), lambda: many(1, 2), lambda: many(1, 2, 3, 4, 5), lambda: many(1, 2, 3, d=4, e=5)]:
    try: call()
    except TypeError as e: print(e)
def kwonly(*, a, b, c): pass
try: kwonly(a=1)
except TypeError as e: print(e)
try: kwonly(1, 2)
except TypeError as e: print(e)
