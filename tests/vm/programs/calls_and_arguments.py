def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def p(a, b, /, c):
    return a + b + c
print(p(1, 2, c=3))
for call in [lambda: f(), lambda: f(1), lambda: p(1, b=2, c=3), lambda: p(1, 2, 3, 4),
             lambda: f(1, c=1, c2=2, a=3), lambda: (lambda x: x)(), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print(e)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def h(x, y=1):
    return x + y
print(h(1), h(1, y=5), h(*[2, 3]), h(**{"x": 4}))
def make(n):
    def add(x):
        nonlocal n
        n += x
        return n
    return add
a = make(10)
print(a(1), a(2))
