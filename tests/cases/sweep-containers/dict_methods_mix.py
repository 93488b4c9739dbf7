d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}, e=5); d.update([("f", 6)])
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("g", 7))
print(d.pop("g"), d.pop("zz", None), d.popitem(), d)
print("a" in d, "z" not in d, 1 in d.values(), ("a", 1) in d.items())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict(zip("ab", [1, 2])))
e = d.copy(); e["a"] = 100; print(d["a"], e["a"])
print({**d, "a": 0}, d | {"z": 26}, {k: v for k, v in d.items() if v % 2})
d |= {"h": 8}; print(d)
print(sorted(d.items(), key=lambda kv: -kv[1])[:3])
print(dict(sorted({"b": 2, "a": 1}.items())))
ks = d.keys(); print(ks, d.values(), d.items())
print(sorted(ks & {"a", "b", "zz"}), ks | {"q"} >= {"a"}, ks - {"a"} == set(d) - {"a"})
del d["a"]; print(d)
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "tuple", None: "none", frozenset([1]): "fs"})
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list); dd["x"].append(1); dd["y"]; print(dd, dict(dd))
dl = defaultdict(int)
for ch in "hello": dl[ch] += 1
print(dl)
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:5])
c2 = Counter(a=1, b=2); print(c + c2, c - c2, c & c2, c | c2, c.total())
od = OrderedDict(); od["x"] = 1; od["y"] = 2; od.move_to_end("x"); print(od, list(od))
print(od.popitem(last=False), od)
print(d == dict(d), {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
x = {}
for w in "one two three two one two".split():
    x[w] = x.get(w, 0) + 1
print(x, max(x, key=x.get))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
nested = {"a": {"b": {"c": 1}}}; print(nested["a"]["b"]["c"], nested)
print(repr({}), repr({"k": "v"}), str({1: [1, 2]}))
