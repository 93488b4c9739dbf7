# reduce, partial, wraps, lru_cache, cache, cached_property, cmp_to_key, total_ordering.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10),
      reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exponent, *, scale=1):
    return scale * base ** exponent


square = partial(power, exponent=2)
cube_of_2 = partial(power, 2, 3)
print(square(5), cube_of_2(), cube_of_2(scale=10), square(3, exponent=3))
print(square.func is power, square.args, square.keywords)
nested = partial(partial(power, 2), 5)
print(nested.func is power, nested.args, nested())
print(repr(partial(max, 1, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__,
      greet.__qualname__)

calls = []


@lru_cache(maxsize=2)
def slow_double(x):
    calls.append(x)
    return x * 2


for x in [1, 2, 1, 3, 2, 1, 1]:
    slow_double(x)
print(calls, slow_double.cache_info())
print(slow_double.cache_info().hits, slow_double.cache_parameters())
slow_double.cache_clear()
print(slow_double.cache_info(), slow_double.__name__, slow_double.__wrapped__(4))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x


ident(1)
ident(1.0)
ident(1)
print(ident.cache_info(), calls[-2:])


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)


@lru_cache
def kw(a, b=2):
    return a + b


print(kw(1), kw(1, b=3), kw(1, 3), kw(a=1), kw.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)


def compare_len(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb", "dddd", "e"], key=cmp_to_key(compare_len)))
K = cmp_to_key(compare_len)
print(K("ab") < K("abc"), K("ab") == K("cd"), K("abc") >= K("a"))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), Version.__gt__.__name__)


@total_ordering
class Down:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Down(1) < Down(2), Down(2) <= Down(2), Down(3) > Down(1))
try:
    total_ordering(type("Nothing", (), {}))
except ValueError as e:
    print("ValueError:", e)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Sub(partial):
    pass


print(repr(Sub(max, 1)).split("(")[0], Sub(max, 1)(4), repr(partial(partial(max, 1), 2)))
