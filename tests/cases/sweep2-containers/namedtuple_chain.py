from collections import namedtuple, ChainMap, Counter
Point = namedtuple("Point", "x y")
p = Point(3, 4); print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([1, 2]))
x, y = p; print(x + y, p == (3, 4), isinstance(p, tuple), len(p), p * 2)
try:
    p.x = 5
except AttributeError as e:
    print(e)
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0, 0]); print(Color(255), Color(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print(e)
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    def norm(self): return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
print(P3(1, 2, 2).norm(), P3(1, 2, 2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4; print(cm.maps[0], dict(cm) == {"a": 1, "b": 3, "c": 4})
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"])
c = Counter(["x", "y", "x", "z", "x"]); c.update("yy"); c.subtract({"x": 1}); print(c, c.most_common(1), +c, list(c.elements())[:4])
print(Counter("hello") == Counter("olleh"), Counter(a=1) < Counter(a=2), sorted(Counter("abracadabra").items()))
