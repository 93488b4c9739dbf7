# functools from src/lib.
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
add3 = partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3.args, add3.keywords)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


def deco(f):
    @wraps(f)
    def inner(*args):
        return f(*args) * 2
    return inner


@deco
def double_me(x):
    """Doc of double_me."""
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


class Lazy:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42


obj = Lazy()
print(obj.value, obj.value)
