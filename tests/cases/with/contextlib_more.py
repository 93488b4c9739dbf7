import sys
from contextlib import (contextmanager, closing, nullcontext, redirect_stdout,
                        redirect_stderr, suppress, ExitStack, ContextDecorator,
                        AbstractContextManager)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out) as target:
    print("captured", 1, 2)
    print("again", end="!")
print(target is out, out.parts)
err = Collector()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
print(err.parts)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)


@contextmanager
def never_yields():
    if False:
        yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with never_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def swallow():
    try:
        yield
    except Exception:
        print("swallowed")


with swallow():
    raise ValueError("boom")
print("after swallow")


@contextmanager
def reraise_other():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e


try:
    with reraise_other():
        raise KeyError("k")
except LookupError as e:
    print("LookupError:", e, "cause:", repr(e.__cause__))


@contextmanager
def traced(label):
    print("enter", label)
    yield
    print("exit", label)


@traced("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2


print(decorated(3))
print(decorated(4))
print(decorated.__name__)


class mycontext(ContextDecorator):
    def __enter__(self):
        print("mycontext enter")
        return self

    def __exit__(self, *exc):
        print("mycontext exit", exc[0])
        return False


@mycontext()
def function():
    print("function body")


function()


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit")


with Managed() as m:
    print(type(m).__name__)
print(issubclass(Managed, AbstractContextManager))

with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)

with ExitStack() as stack:
    stack.callback(print, "cb", 1, sep="-")
    stack.push(lambda *exc: print("pushed exit", exc[0]))
    stack.enter_context(nullcontext())

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by a pushed callback")
print("stack suppressed")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


def raises(exc):
    def cb(*args):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raises(KeyError("outer")))
        stack.push(raises(IndexError("inner")))
        raise ValueError("body")
except KeyError as e:
    ctx = e.__context__
    print(repr(e), repr(ctx), repr(ctx.__context__), ctx.__context__.__context__)

with ExitStack() as stack:
    stack.callback(print, "moved callback")
    moved = stack.pop_all()
print("before close")
moved.close()


@contextmanager
def gen_stop():
    yield


try:
    with gen_stop():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes:", e)

cm = traced("reuse")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError")
