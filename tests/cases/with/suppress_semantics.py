class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("nothing to suppress")
            return False
        handled = issubclass(exc_type, self.kinds)
        print(("suppressing " if handled else "letting through ") + exc_type.__name__)
        return handled


with Suppress(ArithmeticError):
    1 / 0
with Suppress(LookupError):
    {}["x"]
with Suppress(LookupError):
    pass
try:
    with Suppress(LookupError):
        int("x")
except ValueError as err:
    print("escaped:", err)


def returns_after_suppress():
    with Suppress(Exception):
        raise RuntimeError
    return "reached the line after the with"


print(returns_after_suppress())


class TruthyReturn:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string"


with TruthyReturn():
    raise ValueError("suppressed by a truthy value")
print("done")
