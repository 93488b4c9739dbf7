class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __repr__(self): return f"Counter#{self.id}"
    def __eq__(self, other): return isinstance(other, Counter) and self.id == other.id
    def __hash__(self): return self.id
    def __lt__(self, other): return self.id < other.id
cs = [Counter() for _ in range(3)]
print(cs, Counter.instances, cs[0] == cs[0], cs[0] != cs[1], sorted(cs, reverse=True), {cs[0], cs[0]})
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__, NoHash() == 5)
class Container:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): print(f"set {k!r}"); self.data[k] = v
    def __delitem__(self, k): print(f"del {k!r}"); del self.data[k]
    def __len__(self): return len(self.data)
    def __contains__(self, k): return k in self.data
    def __iter__(self): return iter(sorted(self.data))
c = Container(); c["b"] = 2; c["a"] = 1; del c["b"]; print(len(c), "a" in c, list(c), c["a"])
try:
    c["zz"]
except KeyError as e:
    print("KeyError", e)
class Attr:
    def __init__(self): object.__setattr__(self, "log", [])
    def __setattr__(self, n, v): self.log.append(n); object.__setattr__(self, n, v)
    def __delattr__(self, n): self.log.append("-" + n); object.__delattr__(self, n)
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
a = Attr(); a.x = 1; a.y = 2; del a.x; print(a.log, a.magic, a.y, hasattr(a, "x"))
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): return self.n
    def __exit__(self, *a): return False
with Ctx(5) as v, Ctx(v + 1) as w:
    print(v, w)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return "rounded"
    def __complex__(self): return complex(self.v, 1)
n = Num(3.7); print(int(n), float(n), round(n), round(n, 2), complex(n), [0, 1, 2, 3][Num(2)], bin(Num(5)))
