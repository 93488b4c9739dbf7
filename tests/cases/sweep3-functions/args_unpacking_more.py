# Argument passing: unpacking, positional-only and keyword-only, and their errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=0))
print(f(*[1, 2, 3, 4, 5, 6], e=0, **{"f": 1, "g": 2}))
print(f(1, 2, *(3,), **{"e": 9}, d=8))
for call in ["f(1, 2, 3)", "f(1, b=2, c=3, e=4)", "f(1, 2, 3, c=3, e=1)",
             "f(1, 2, 3, e=1, **{'e': 2})", "f()", "f(1, 2, 3, 4, 5, e=1, d=1)", "f(1, 2, 3, e=1, **{1: 2})",
             "f(1, 2, 3, e=1, **[1])", "f(*5, e=1)"]:
    try:
        print(call, "->", eval(call))
    except TypeError as err:
        print(call, "TypeError:", err)
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g([3], []))
def h(*, key):
    return key
try:
    h(1)
except TypeError as err:
    print("TypeError:", err)
def only_kw(**kw):
    return sorted(kw.items())
print(only_kw(b=1, a=2), only_kw(**{"x": 1}, **{"y": 2}))
try:
    only_kw(**{"x": 1}, **{"x": 2})
except TypeError as err:
    print("TypeError:", err)
def varargs(*args):
    return args
print(varargs(), varargs(*"ab", *[1], 2), varargs(*range(3)))
a, b, *c = range(5)
print(a, b, c)
first, *middle, last = "hello"
print(first, middle, last)
[x, [y, z]] = [1, (2, 3)]
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print(*[1, 2], *"ab", sep="|")
print({**{"a": 1}, "b": 2, **dict(c=3)}, [*range(2), *"xy"], (*"ab",), {*"aab"} == {"a", "b"})
def defaults(a, b=2, c=3):
    return a, b, c
print(defaults.__defaults__, defaults.__code__.co_argcount, defaults.__code__.co_varnames)
defaults.__defaults__ = (20, 30)
print(defaults(1))
print(f.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
class C:
    def m(self, x, /, y):
        return x, y
try:
    C().m(x=1, y=2)
except TypeError as err:
    print("TypeError:", err)
try:
    C.m(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    C().m(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
