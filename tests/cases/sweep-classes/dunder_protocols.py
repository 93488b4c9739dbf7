class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __format__(self, spec): return f"Vec[{format(self.x, spec)}, {format(self.y, spec)}]"
v = Vec(3, 4)
print(v, repr(v), [v], str(v), f"{v}", f"{v!r}", f"{v:.1f}", format(v, "03d"))
print(v + Vec(1, 1), v - Vec(1, 1), v * 2, 2 * v, -v, abs(v))
print(v == Vec(3, 4), v != Vec(3, 4), v == 5, {v: 1}[Vec(3, 4)], bool(Vec(0, 0)), len(v), v[0], v[-1])
print(list(v), 3 in v, 5 in v, tuple(v), sorted(v, reverse=True), max(v))
a, b = v; print(a, b)
class Box:
    def __init__(self): self.items = {}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, val): self.items[k] = val
    def __delitem__(self, k): del self.items[k]
    def __len__(self): return len(self.items)
b = Box(); b["a"] = 1; b["b"] = 2; del b["a"]; print(len(b), b["b"], b.items)
try: b["zz"]
except KeyError as e: print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
print(Cmp(2) > Cmp(1))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after")
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n
    def __float__(self): return float(self.n)
print([1, 2, 3, 4][Num(1)], bin(Num(5)), hex(Num(255)), int(Num(7)), float(Num(2)), range(Num(3)))
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2))
class Inplace:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
i = Inplace(); i += 1; i += 2; print(i.v)
class NoRepr: pass
nr = NoRepr(); print(repr(nr)[:9], str(nr) == repr(nr))
class Dflt:
    pass
d1 = Dflt(); print(d1 == d1, d1 != Dflt(), hash(d1) == hash(d1))
