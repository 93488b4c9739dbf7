def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper


def repeat(n):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return decorator


def trace(fn):
    def wrapper(*args):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper


@shout
def hello(name):
    return f"hello {name}"


@repeat(3)
def roll(x):
    return x * 2


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@shout
@repeat(2)
def stacked():
    return "ab"


print(hello("world"), roll(4))
print(fact(4))
print(stacked(), fact.__name__, hello.__name__)
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@register
def one():
    pass


@register
def two():
    pass


print(registry, one is not None)


class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)
