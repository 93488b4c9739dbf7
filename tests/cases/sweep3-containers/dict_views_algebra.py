# dict views: live updates, set algebra, comparisons, reversed.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), len(v), len(it))
print(k & {"b", "x"} == {"b"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(("b", 2) in it, ("b", 3) in it, "c" in k, 3 in v, 9 in v)
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(v == v, d.values() == d.values(), d.keys() == d.keys(), d.items() == d.items())
print(type(k).__name__, type(v).__name__, type(it).__name__)
e = {"b": 2, "c": 3, "d": 4}
print(d.keys() == e.keys(), d.items() == e.items(), d == e)
print(sorted(d.keys() & e.keys()), dict(sorted(d.items())))
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(sorted(d))
try:
    for key in d.keys():
        del d[key]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(len(d))
for key in list(d):
    if len(key) > 1:
        del d[key]
print(d)
m = d.keys().mapping if hasattr(d.keys(), "mapping") else None
print(m == d, type(m).__name__)
print({1: "a"}.keys() | [2, 3], {1: "a"}.items() | [(2, "b")] == {(1, "a"), (2, "b")})
try:
    d.keys()[0]
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash(d.keys())
except TypeError as ex:
    print("TypeError:", ex)
try:
    {1: [2]}.items() & {(1, 2)}
except TypeError as ex:
    print("TypeError:", ex)
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {}
for w, n in counts.items():
    inverse.setdefault(n, []).append(w)
print(inverse)
print(dict.fromkeys("aab"), dict.fromkeys(range(3), []), {**counts, "new": 9} == counts | {"new": 9})
merged = {"x": 1} | {"x": 2, "y": 3}
merged |= {"z": 4}
merged |= [("w", 5)]
print(merged)
