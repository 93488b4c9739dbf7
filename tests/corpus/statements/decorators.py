import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


registry = {}


def register(name=None):
    def decorate(obj):
        registry[name or obj.__name__] = obj
        return obj
    return decorate


@trace
def add(a, b):
    return a + b


@repeat(3)
@trace
def greet(who):
    return f"hi {who}"


@register()
@register(name="alias")
class Plugin:
    @staticmethod
    def run():
        return "running"

    @classmethod
    def create(cls):
        return cls()

    @property
    def name(self):
        return type(self).__name__

    @name.setter
    def name(self, value):
        raise AttributeError("read only")


handlers = [trace, trace]


@handlers[0]
def indexed(x):
    return x * 2


@(lambda f: f)
def via_lambda():
    return "lambda decorator"


@registry.get("alias", Plugin).create().__class__.__dict__["run"].__class__
def odd():
    pass


print(add(2, 3), greet("bob"), sorted(registry), Plugin.create().name)
print(indexed(21), via_lambda())
