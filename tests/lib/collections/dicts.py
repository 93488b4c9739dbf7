# defaultdict, OrderedDict and Counter.
from collections import defaultdict, OrderedDict, Counter

dd = defaultdict(list)
for word in "apple bat avocado cherry banana".split():
    dd[word[0]].append(word)
print(dd)
print(dd["z"], "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts), counts.default_factory)
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e)
print(plain, defaultdict(None, {1: 2}))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
copy = dd.copy()
print(type(copy).__name__, copy == dd, copy.default_factory)
print(defaultdict(int, a=1) | {"b": 2})

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
x = OrderedDict([(1, 1), (2, 2)])
y = OrderedDict([(2, 2), (1, 1)])
print(x == y, x == dict(y), dict(x) == y, OrderedDict(), OrderedDict.fromkeys("ab", 0))
print(x | {3: 3}, list(reversed(x)))

c = Counter("abracadabra")
print(c, c["z"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=100)
print(c)
del c["nothing"]
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a2 = Counter(a=3, b=1)
a2 += Counter(b=-5, e=1)
print(a2)
a2 -= Counter(a=1)
print(a2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(), Counter(["x", "y", "x"]), Counter(cats=4, dogs=8))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter("hello world").most_common(3))
