# Context managers: suppress in __exit__, contextlib helpers, ExitStack, nested with.
import contextlib
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError("boom")
print("after swallow")
try:
    with CM("plain"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError as e:
        print("tag saw", type(e).__name__)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
print("div error handled in generator")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("names", names)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
class Resource:
    def close(self):
        print("closed resource")
with contextlib.closing(Resource()) as r:
    print("using", type(r).__name__)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
@tag("decorated")
def work():
    print("working")
work()
class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop")
        return False
@Reusable()
def job(n):
    print("job", n)
job(1)
job(2)
