# Attribute loads and stores repeated at one instruction, while the class,
# a base class or the instance changes in between: every answer must follow
# the change (the interpreter caches what each instruction found).


class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"


class Child(Base):
    def __init__(self, n):
        self.n = n


def read_kind(obj):
    return obj.kind


def call_greet(obj):
    return obj.greet()


def get_greet(obj):
    return obj.greet


def store_n(obj, v):
    obj.n = v


c = Child(1)
print([read_kind(c) for _ in range(3)])
Base.kind = "base2"
print(read_kind(c))
Child.kind = "child"
print(read_kind(c))
del Child.kind
print(read_kind(c))
c.kind = "instance"
print(read_kind(c), read_kind(Child(2)))
setattr(Base, "kind", "via setattr")
print(read_kind(Child(3)))

print(call_greet(c), call_greet(c))
Base.greet = lambda self: "patched"
print(call_greet(c))
Child.greet = lambda self: "child method"
print(call_greet(c))
c.greet = lambda: "instance function"
print(call_greet(c))
del c.greet
print(call_greet(c))
print(get_greet(c)(), type(get_greet(c)).__name__)


# A property added later to a base class takes over from the instance dict.
for i in range(3):
    store_n(c, i)
    print(c.n, end=" ")
print()
Base.n = property(lambda self: "property n", lambda self, v: print("setter got", v))
store_n(c, 99)
print(c.n, c.__dict__)
del Base.n
print(c.n)


# __getattr__, __getattribute__ and __setattr__ added after the first uses.
class Plain:
    pass


def read_missing(obj):
    try:
        return obj.missing
    except AttributeError as e:
        return "AttributeError: " + str(e)


p = Plain()
print(read_missing(p), read_missing(p))
Plain.__getattr__ = lambda self, name: "getattr " + name
print(read_missing(p))
Plain.__getattribute__ = lambda self, name: "getattribute " + name
print(read_missing(p))
del Plain.__getattribute__
del Plain.__getattr__
print(read_missing(p))
log = []
Plain.__setattr__ = lambda self, name, value: log.append((name, value))
for i in range(2):
    store_n(p, i)
print(log, p.__dict__)


# Different types at one instruction.
class A:
    def __init__(self):
        self.v = "A.v"


class B:
    v = "B.v"


class C:
    @property
    def v(self):
        return "C.v property"


class D:
    @classmethod
    def v(cls):
        return cls.__name__

    @staticmethod
    def s():
        return "static"


def read_v(obj):
    return obj.v


for obj in [A(), B(), C(), A(), B, C(), D, D(), A]:
    r = read_v(obj) if obj is not A else "skip"
    print(r if not callable(r) else r())
print(D.s(), D().s())


# Modules and class attributes.
import math


def module_attr():
    return math.pi


print(module_attr(), module_attr())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count_here = Counter.count


for _ in range(5):
    Counter()
print(Counter.count, Counter().count_here)
