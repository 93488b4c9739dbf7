d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
from collections import Counter, OrderedDict, defaultdict
c = Counter("mississippi"); print(c, c.most_common(2), c["z"], sorted(c.elements()))
c2 = Counter(a=3, b=1); print(c + c2, c - c2, c2 & Counter(a=1), c2 | Counter(b=5), c2.total())
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od)); od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
dd = defaultdict(list); [dd[k].append(v) for k, v in [("x", 1), ("y", 2), ("x", 3)]]; print(dd, dict(dd))
dd2 = defaultdict(int); dd2["a"] += 1; print(dd2["b"], dd2, repr(defaultdict(None)))
v = d.values(); print(type(v).__name__, 2 in v, len(v))
items = list(d.items())
d2 = dict(items[::-1]); print(list(d2)[:3], d == d2)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
x = {"k1": 1}; x.update(k2=2); x |= [("k3", 3)]; print(x)
print(dict(sorted({"b": 2, "c": 1, "a": 3}.items())), {k: d[k] for k in sorted(d)[:2]})
