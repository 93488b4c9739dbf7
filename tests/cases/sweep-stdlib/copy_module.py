import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, items): self.x, self.items = x, items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, 2]); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.items.append(3); print(p, p2, p3, p2.items is p.items, type(p3).__name__)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
d = {"a": {"b": 1}}; dd = copy.deepcopy(d); dd["a"]["b"] = 2; print(d, dd)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(C()), copy.deepcopy(C()))
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.copy("str"))
from collections import OrderedDict
od = OrderedDict(a=[1]); od2 = copy.deepcopy(od); od2["a"].append(2); print(od, od2)
