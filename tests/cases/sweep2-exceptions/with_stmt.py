from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("swallow", True):
    raise KeyError("lost")
print("after swallow")
try:
    with CM("no"):
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
@contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n.upper()
    except ZeroDivisionError:
        print("handled zde in cm")
    finally:
        print(f"</{n}>")
with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
with suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with ExitStack() as st:
    for i in range(3):
        st.enter_context(CM(f"s{i}"))
    st.callback(print, "callback ran")
with nullcontext(5) as v:
    print("null", v)
class Res:
    def close(self): print("closed res")
with closing(Res()):
    pass
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
