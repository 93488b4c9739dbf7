def documented(a: int, b: str = "x", *args, c: float = 1.0, **kw) -> bool:
    """Return whether a is positive."""
    return a > 0


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:6])


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, outer().__name__)
documented.custom = "attached"
print(documented.custom, hasattr(documented, "custom"), callable(documented))


def no_doc():
    pass


print(no_doc.__doc__, no_doc(), no_doc.__defaults__)


class K:
    def method(self):
        pass


print(K.method.__qualname__, K().method.__name__, K().method.__func__ is K.method)
