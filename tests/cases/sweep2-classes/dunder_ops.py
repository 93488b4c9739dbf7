class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __iter__(self): return iter(self.c)
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        print("iadd"); return self + o
    def __call__(self, x): return x in self
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __index__(self): return len(self.c)
v, w = V(1, 2), V(3, 4)
print(v + w, v * 3, 2 * v, -v, abs(w), v == V(1, 2), v != w, len(v), v[1], v[::-1], 2 in v, list(v), bool(V(0, 0)))
print(sum([v, w]), sorted([w, v]), max(v, w), v @ w, v(2), [10, 20, 30][V(1)], hex(V(1, 1, 1)))
v += w; print(v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 - v
except TypeError as e:
    print(e)
try:
    v < 1
except TypeError as e:
    print(e)
print({V(1): "a"}[V(1)], V(1) in {V(1)}, v.__class__.__name__)
class Cmp:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print("eq", self.n, o.n); return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(1) != Cmp(1))
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
print(1 + R(), 1 - R(), 2 ** R(), 1 << R(), [1] + R() if hasattr(list, "__add__") else "")
class Base:
    def __add__(self, o): return "Base.add"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub(), Sub() + Base())
