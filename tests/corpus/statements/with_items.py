import contextlib
import io


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Resource("a"):
    pass

with Resource("b") as b, Resource("c") as c:
    print(b.name + c.name)

with (Resource("d") as d,
      Resource("e") as e,):
    print(d.name, e.name)

with (
    Resource("f"),
    Resource("g") as g
):
    print(g.name)

with (Resource("h")) as h:
    print(h.name)

with Resource("i") if False else Resource("j") as chosen:
    pass

with Resource("k") as target:
    raise KeyError("swallowed")
print("after swallowed error", target.name)

holder = {}
with Resource("l") as holder["slot"], Resource("m") as holder["other"]:
    print(sorted(holder))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("p") as upper, tag("b"):
    print(upper)

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured")
print(repr(buffer.getvalue()))
