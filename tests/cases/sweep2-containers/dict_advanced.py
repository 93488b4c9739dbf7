class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default(); print(d["abc"], d, "x" in d, d.get("zz"), d)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(); u["a"] = 1; u.update(b=2); print(u)
a = {"x": 1, "y": 2}; b = {"y": 3, "z": 4}
print(a | b, b | a, {**a, **b}, dict(a, **b), a.keys() | b.keys() == {"x", "y", "z"}, a.keys() ^ b.keys() == {"x", "z"})
inv = {v: k for k, v in a.items()}; print(inv)
print(dict(zip(range(3), "abc")), dict.fromkeys("ab", []), list({1: 1, 2: 2}.items())[::-1])
nested = {}
nested.setdefault("a", {}).setdefault("b", []).append(1); print(nested)
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get), sum({1: 10, 2: 20}.values()))
keys = ["a", "b"]
print({k: i for i, k in enumerate(keys)}, {(i, j): i * j for i in range(2) for j in range(2)})
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
print({1: "a"} == {1.0: "a"}, hash(frozenset({1: 2}.items())) == hash(frozenset([(1, 2)])))
