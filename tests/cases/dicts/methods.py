d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"b": 20, "x": 9})
d.update(y=10)
d.update([("z", 26)])
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    {}.pop("k")
except KeyError as err:
    print("KeyError:", err)
print({"k": 1}.get("k", None), {}.setdefault("k", [1, 2]))
