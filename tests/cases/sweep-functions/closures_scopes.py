def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); print(c(), c(), c())
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
x = "global"
def show():
    print(x)
show()
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow())
def modg():
    global x
    x = "modified"
modg(); print(x)
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
try:
    undefined_name
except NameError as e:
    print(e)
try:
    pritn("x")
except NameError as e:
    print(e)
def cell_info():
    a = 1
    def f(): return a
    return f
print(cell_info().__closure__[0].cell_contents, cell_info().__code__.co_freevars)
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def hi(name): return "hi " + name
print(hi("bob"))
def gen_closure():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = gen_closure(); acc(1); acc(2); print(acc(3))
print((lambda *a, **k: (a, k))(1, x=2))
print(list(map(lambda x: x ** 2, range(5))), sorted([-3, 1, -2], key=abs))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
def fib():
    memo = {}
    def f(n):
        if n not in memo:
            memo[n] = n if n < 2 else f(n - 1) + f(n - 2)
        return memo[n]
    return f
print(fib()(80))
