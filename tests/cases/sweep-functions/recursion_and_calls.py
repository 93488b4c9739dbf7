import sys
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
def callable_things():
    class C:
        def __call__(self, x): return x * 2
    print(C()(4), callable(C), callable(C()), callable(1), callable(len), callable(lambda: 0))
callable_things()
print(len.__name__, repr(len), type(len).__name__, print.__qualname__)
print(type(lambda: 0).__name__, type(callable_things).__name__)
import functools
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.keywords, p.args)
p2 = functools.partial(pow, 2)
print(p2(10), repr(functools.partial(max, 1))[:25])
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
@functools.lru_cache(maxsize=None)
def fibo(n): return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(100), fibo.cache_info())
@functools.cache
def sq(n): return n * n
print(sq(4), sq(4))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
