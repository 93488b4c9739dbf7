# weakref.ref: calling, sharing, counting, equality, hashing, repr, errors.
import re
import weakref


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() is r())
print(r is weakref.ref(a), weakref.ref(a, None) is r)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(a.__weakref__ is r)
print(type(r), weakref.ReferenceType is weakref.ref, type(r).__name__)
print(r.__callback__)

def callback(ref):
    print("callback")

r1 = weakref.ref(a, callback)
r2 = weakref.ref(a, callback)
print(r1 is r2, r1.__callback__ is callback)
print(weakref.getweakrefcount(a))
print([x is y for x, y in zip(weakref.getweakrefs(a), [r, r2, r1])])

# Equality compares the referents while they live.
b = Node("b")
rb = weakref.ref(b)
print(r == r1, r == rb, r != rb, r == a)
print(hash(r) == hash(a), hash(r1) == hash(a))
d = {r: "a", rb: "b"}
print(d[weakref.ref(a)], d[weakref.ref(b)])

print(masked(repr(r)))
def func():
    pass
print(masked(repr(weakref.ref(func))))
print(masked(repr(weakref.ref(Node))))

del a
print(r(), r1(), masked(repr(r)))
print(r == r1, r == r, r1.__callback__)
print(hash(r) == hash(r))  # computed while alive, kept after
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(b), weakref.getweakrefcount(5))

# Which objects can be weakly referenced.
class Slotted:
    __slots__ = ("x",)

class SlottedWeak:
    __slots__ = ("x", "__weakref__")

class Sub(Slotted):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

def gen():
    yield 1

samples = [1, 1.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), range(3),
           {1}, frozenset(), len, func, Node, gen(), weakref, Slotted(), SlottedWeak(),
           Sub(), MyInt(3), MyStr("x"), MyList(), r, Node("x").__init__]
for value in samples:
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)

try:
    class Twice(Node):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

for args in [(), (b, None, None)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(b, callback=callback)
except TypeError as e:
    print("TypeError:", e)
try:
    rb(1)
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref[int])
