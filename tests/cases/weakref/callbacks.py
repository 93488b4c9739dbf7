# When weak references are cleared and their callbacks run, compared with
# CPython's reference counting: at `del`, at rebinding, when a function
# returns, when a container lets go, and around __del__.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


def report(tag):
    def callback(ref):
        print(f"  callback {tag}: ref() is {ref()}")
    return callback


print("del")
x = Obj("x")
rx = weakref.ref(x, report("x"))
plain = weakref.ref(x)
del x
print("after del:", rx(), plain())

print("several callbacks run newest first")
y = Obj("y")
r1 = weakref.ref(y, report("first"))
r2 = weakref.ref(y, report("second"))
r3 = weakref.ref(y, report("third"))
del y
print("done")

print("rebinding")
z = Obj("z")
rz = weakref.ref(z, report("z"))
z = None
print("after rebinding:", rz())

print("function return")
def make():
    local = Obj("local")
    return weakref.ref(local, report("local"))
rl = make()
print("after return:", rl())

print("a local deleted in a function")
def scope():
    inner = Obj("inner")
    r = weakref.ref(inner)
    del inner
    print("  inside:", r())
scope()

print("containers")
items = [Obj(i) for i in range(3)]
refs = [weakref.ref(o) for o in items]
del items[1]
print([r() for r in refs])
items.clear()
print([r() for r in refs])
table = {"k": Obj("v")}
rv = weakref.ref(table["k"])
del table["k"]
print(rv())
holder = [Obj("held")]
rh = weakref.ref(holder[0])
holder = None
print(rh())

print("the weak reference dies first: no callback")
w = Obj("w")
rw = weakref.ref(w, report("never"))
del rw
del w
print("done")

print("__del__ runs before the callbacks, and sees its weak reference alive")
class WithDel:
    def __del__(self):
        print("  __del__, ref() is self:", rd() is self)

d = WithDel()
rd = weakref.ref(d, report("WithDel"))
del d
print("after del:", rd())

print("cycles need the collector")
c = Obj("cycle")
c.me = c
rc = weakref.ref(c, report("cycle"))
del c
gc.collect()
print("after collect:", rc())

print("objects reachable from a dying one go with it")
parent = Obj("parent")
parent.child = Obj("child")
rchild = weakref.ref(parent.child, report("child"))
del parent
print("after del:", rchild())

print("a callback may make new weak references")
def chained(ref):
    global other_ref
    print("  chained callback")
    other = Obj("other")
    other_ref = weakref.ref(other, report("other"))
    del other
e = Obj("e")
re_ = weakref.ref(e, chained)
del e
print("done")
