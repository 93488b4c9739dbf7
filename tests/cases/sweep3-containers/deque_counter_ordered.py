# collections: deque rotation and maxlen, Counter arithmetic, OrderedDict moves, defaultdict factories.
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap
d = deque([1, 2, 3, 4, 5])
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(0); d.extendleft([-1, -2]); print(d, d[0], d[-1], len(d))
print(d.popleft(), d.pop(), d, d.index(3), d.count(1), 3 in d)
d.remove(3); d.insert(1, 99); d.reverse(); print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
print(deque("abc") + deque("de"), deque([1]) * 3, deque(reversed(deque("xyz"))), list(deque(range(3))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:6])
c2 = Counter(a=1, b=10, z=2)
print(c + c2, c - c2, c & c2, c | c2)
c.subtract({"a": 10})
print(c, +c, -c)
c.update("aaa"); c.update({"q": 2})
print(c.most_common()[-1], sorted(c.items())[:3])
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("ab") < Counter("aab"), dict(Counter("xyx")))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
dd = defaultdict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dict(dd), dd[99], len(dd), 100 in dd)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1; nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})
di = defaultdict(int)
print(di["missing"], di.default_factory, defaultdict(None).default_factory)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 9
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
