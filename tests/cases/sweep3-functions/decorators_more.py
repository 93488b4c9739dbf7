# Decorators with arguments, stacking order, functools.wraps and class decorators.
import functools
def trace(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"[{label}] {func.__name__}{args} {kwargs}")
            result = func(*args, **kwargs)
            print(f"[{label}] -> {result!r}")
            return result
        return wrapper
    return deco
def bold(func):
    def wrapper(*a):
        return "<b>" + func(*a) + "</b>"
    return wrapper
def italic(func):
    def wrapper(*a):
        return "<i>" + func(*a) + "</i>"
    return wrapper
@bold
@italic
def hello(name):
    return "hello " + name
print(hello("bob"), hello.__name__)
@trace("T")
def add(a, b=2, *, c=3):
    """Adds things."""
    return a + b + c
add(1)
add(1, 5, c=0)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def count_calls(func):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha: pass
@register(REG)
class Beta: pass
print(sorted(REG), REG["alpha"].__name__)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))
class Repeat:
    def __init__(self, times):
        self.times = times
    def __call__(self, func):
        def wrapper(*a):
            return [func(*a) for _ in range(self.times)]
        return wrapper
@Repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def debug_method(func):
    @functools.wraps(func)
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{func.__name__} called")
        return func(self, *a)
    return wrapper
class Svc:
    @debug_method
    def run(self, n):
        return n + 1
    @staticmethod
    @trace("S")
    def util(v):
        return v * 10
    @classmethod
    @functools.cache
    def cached_cls(cls, k):
        print("computing", k)
        return k * k
print(Svc().run(1), Svc.util(2), Svc.cached_cls(3), Svc.cached_cls(3))
@functools.lru_cache(maxsize=2)
def sq(n):
    print("sq", n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
deco_expr = [bold, italic]
@deco_expr[1]
def expr_decorated():
    return "x"
print(expr_decorated())
