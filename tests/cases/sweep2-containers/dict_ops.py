d = {"b": 2, "a": 1}
d["c"] = 3; d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; d["b"] = 2; print(d)
print(d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
e = dict(a=1, b=2); e.update({"c": 3}, d=4); e.update([("e", 5)]); print(e)
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0), dict(zip("ab", range(2))), dict([(1, 2), (3, 4)]))
print({**e, "a": 100}, e | {"z": 0}, {"a": 1} == {"a": 1.0}, {1: 2} == {1: 2, 3: 4})
e |= {"f": 6}; print(len(e), "f" in e, 6 in e, e.keys() & {"a", "q"}, sorted(e.keys() - {"a"}))
ks = e.keys(); e["g"] = 7; print(len(ks), "g" in ks, list(ks)[-1])
print(e.items() >= {("a", 1)}, ("a", 1) in e.items(), ("a", 2) in e.items(), list(reversed(e))[:2])
try:
    for k in e:
        e[k + "x"] = 1
except RuntimeError as ex:
    print(ex)
print({i: i * i for i in range(5) if i % 2}, {k: v for k, v in zip("abc", "ABC")})
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[(1, 2)])
try:
    {[1]: 2}
except TypeError as ex:
    print(ex)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
f = {K(1): "one"}; print(f[K(1)], K(2) in f, f)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), dict(d.items()) == d)
g = dict.fromkeys(range(5)); del g[2]; g[2] = None; print(list(g))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max({"x": 3, "y": 9}, key={"x": 3, "y": 9}.get))
