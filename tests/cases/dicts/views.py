d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(keys), "a" in keys, 2 in values, ("c", 3) in items)
d["d"] = 4
print(list(keys), list(values), list(items))
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(sorted(items & {("a", 1), ("b", 9)}), keys == {"a", "b", "c", "d"}, keys <= {"a", "b", "c", "d", "e"})
print(list(map(str.upper, keys)), sum(values), max(items, key=lambda kv: kv[1]))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(keys.isdisjoint(["x", "y"]), keys.isdisjoint(["a"]), list(reversed(keys)))
e = {"x": 1}
print(d.keys() == e.keys(), e.values() == e.values(), e.items() == {"x": 1}.items())
