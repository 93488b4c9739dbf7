# An exception in a callback is reported as "Exception ignored in" and the
# program goes on; the other callbacks still run.
import sys
import weakref


class Obj:
    pass


class Failing:
    def __init__(self, exc):
        self.exc = exc

    def __call__(self, ref):
        raise self.exc

    def __repr__(self):
        return f"<Failing {type(self.exc).__name__}>"


o = Obj()
r1 = weakref.ref(o, lambda r: print("first callback still runs"))
r2 = weakref.ref(o, Failing(ValueError("bad value")))
del o
print("after del")
sys.stdout.flush()

p = Obj()
r3 = weakref.ref(p, Failing(KeyError("k")))
p = None
print("end")
