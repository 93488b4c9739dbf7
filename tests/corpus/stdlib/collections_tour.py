from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, p._asdict(), Point._make([5, 6]), p._replace(y=9), Point._field_defaults)

c = Counter("abracadabra")
c.update("aaz")
c.subtract({"b": 1})
print(c.most_common(2), c["missing"], sorted(c.elements())[:5], +c == c, (c & Counter("aab")))

d = defaultdict(list)
for word in "one two three four five six".split():
    d[len(word)].append(word)
print(dict(d), d.default_factory)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("a")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))

dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.extend([4, 5, 6])
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq.count(5))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
settings = ChainMap(user, defaults)
print(settings["color"], settings["size"], len(settings), settings.new_child({"color": "blue"})["color"])
