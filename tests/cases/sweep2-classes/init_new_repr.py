class Meters(float):
    def __new__(cls, v):
        print("__new__", cls.__name__, v)
        return super().__new__(cls, abs(v))
    def __repr__(self): return f"Meters({float(self)})"
m = Meters(-3.5); print(m, m + 1, type(m + 1).__name__, isinstance(m, float))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + "!"
u = Upper("hey"); print(u, u.shout(), len(u), type(u).__name__, u == "HEY", repr(u))
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2); print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__)
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
s = Stack([1]); s.push(2).push(3); print(s, s.peek(), len(s), type(s[:1]).__name__, s == [1, 2, 3])
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
    def __init__(self, key): print("init", key)
print(Cached("a") is Cached("a"), Cached("b") is Cached("a"))
class NotReturned:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotReturned())
class Both:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"Both(x={self.x!r})"
    def __str__(self): return f"<{self.x}>"
b = Both("s"); print(b, repr(b), [b], f"{b}", f"{b!r}", str(b), "%s|%r" % (b, b))
class DictLike(dict):
    def __repr__(self): return "DL" + super().__repr__()
print(DictLike(a=1), [DictLike()])
