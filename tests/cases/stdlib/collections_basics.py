# collections from src/lib: namedtuple, deque, Counter, defaultdict, OrderedDict.
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple), type(p).__name__, repr(Point))
d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.popleft(), d.pop(), list(d), len(d), d.maxlen)
d.rotate(1)
print(d, d[0], d[-1], 3 in d)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:5])
c.update("aaz")
print(c["a"], c["z"], (Counter(a=3, b=1) - Counter(a=1)), sum(c.values()))
dd = defaultdict(list)
for word in ["apple", "bat", "avocado", "banana"]:
    dd[word[0]].append(word)
print(dd, dict(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))
