from contextlib import contextmanager, suppress, nullcontext, ExitStack


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def handles(kind):
    try:
        yield
    except kind as err:
        print("handled", type(err).__name__, err)


with tag("html") as upper:
    with tag("body"):
        print("content", upper)
with handles(ValueError):
    raise ValueError("inside handles")
try:
    with handles(ValueError):
        raise TypeError("not handled")
except TypeError as err:
    print("escaped", err)
with suppress(KeyError, IndexError):
    [][0]
print("suppressed index error")
with nullcontext("placeholder") as value:
    print(value)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback runs first at exit")
    print(names)
