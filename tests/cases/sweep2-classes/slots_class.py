class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2); print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2); q.z = 5; print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 9; print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(e)
print(type(P.x).__name__, P.x.__name__ if hasattr(P.x, "__name__") else "")
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(s.only, S.__slots__)
class W:
    __slots__ = ("a", "__dict__")
w = W(); w.a = 1; w.b = 2; print(w.a, w.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(e)
