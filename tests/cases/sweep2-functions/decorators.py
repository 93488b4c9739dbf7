import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}{kwargs if kwargs else ''}")
        r = fn(*args, **kwargs)
        print(f"ret {r!r}")
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=2):
    "adds"
    return a + b
add(1); add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
@repeat(3)
@trace
def hi(n): return "hi" * n
print(hi(1))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x): return x * x
sq(2); sq(3); print(sq.calls, sq.__name__)
class Deco:
    def __init__(self, fn): self.fn = fn; self.n = 0
    def __call__(self, *a):
        self.n += 1; return self.fn(*a)
@Deco
def neg(x): return -x
print(neg(3), neg(4), neg.n)
def cls_deco(cls):
    cls.tag = "decorated"; return cls
@cls_deco
class T: pass
print(T.tag)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(30))
print((lambda f: f(f, 10))(lambda s, n: 1 if n == 0 else n * s(s, n - 1)))
deco_list = [trace]
@deco_list[0]
def z(): return 0
z()
@(lambda f: lambda: f() + 1)
def one(): return 1
print(one())
