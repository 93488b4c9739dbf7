# __slots__ in depth, __getattr__/__getattribute__/__setattr__/__delattr__ hooks.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
p.y = 2
del p.x
print(hasattr(p, "x"), p.y)
class Q(P):
    pass
q = Q(5)
q.extra = "ok"
print(q.x, q.extra, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 3
print(r.x, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        super().__delattr__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
t = Tracked()
t.a = 1
t.b = 2
del t.a
print(t.log, t.a, t.b, getattr(t, "zzz"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        print("get", name)
        return getattr(object.__getattribute__(self, "_target"), name)
pr = Proxy([3, 1, 2])
pr.append(0)
print(pr.count(1), pr._target)
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only: {name}")
ro = ReadOnly(a=1)
print(ro.a)
try:
    ro.a = 2
except AttributeError as e:
    print("AttributeError:", e)
class Fallback:
    x = 1
    def __getattr__(self, name):
        if name == "y":
            return 99
        raise AttributeError(f"no {name!r} here")
f = Fallback()
print(f.x, f.y, getattr(f, "z", "dflt"), hasattr(f, "q"))
try:
    f.q
except AttributeError as e:
    print("AttributeError:", e)
