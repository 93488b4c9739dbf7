# weakref.finalize: called once, when the object goes, when called, or at exit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


def close(name, *, mode="normal"):
    print(f"closing {name} ({mode})")
    return name.upper()


r1 = Resource("one")
f1 = weakref.finalize(r1, close, "one", mode="gc")
print(f1.alive, f1.atexit, f1.peek()[0], f1.peek()[1] is close, f1.peek()[2:])
del r1
print(f1.alive, f1.peek(), f1())

r2 = Resource("two")
f2 = weakref.finalize(r2, close, "two")
print(f2(), f2.alive, f2())
del r2
print("r2 gone, nothing more")

r3 = Resource("three")
f3 = weakref.finalize(r3, close, "three")
obj, func, args, kwargs = f3.detach()
print(obj, func is close, args, kwargs, f3.alive, f3.detach())
del r3, obj
print("detached: no call")

def failing():
    raise RuntimeError("finalizer failed")

r4 = Resource("four")
f4 = weakref.finalize(r4, failing)
try:
    f4()
except RuntimeError as e:
    print("RuntimeError:", e)
print(f4.alive, f4())

# The finalizer does not keep the object alive, and the object need not
# be weakly referenced elsewhere.
r5 = Resource("five")
weakref.finalize(r5, print, "five finalized")
r5 = None

# At exit, the live finalizers with atexit set run, newest first.
e1 = Resource("exit1")
weakref.finalize(e1, close, "exit1", mode="exit")
e2 = Resource("exit2")
weakref.finalize(e2, close, "exit2", mode="exit")
e3 = Resource("exit3")
quiet = weakref.finalize(e3, close, "exit3", mode="exit")
quiet.atexit = False
print(quiet.atexit)
print("end of module")
