class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, len({a, b, a}))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f"Key({self.k!r})"


print(Key(1) == Key(1), Key(1) != Key(2), len({Key(1), Key(1), Key(2)}), {Key("x"): 1}[Key("x")])


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as err:
    print("TypeError:", err)


class Unordered:
    def __eq__(self, other):
        return NotImplemented


print(Unordered() == Unordered(), Unordered() != 5)
u = Unordered()
print(u == u, [u].count(u), u in [u])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


points = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(points[0] == points[1], points[0] != points[2], len(set(points)), points.count(Point(1, 2)))
print(Point(0, 0) == (0, 0), (0, 0) == Point(0, 0), Point(1, 1) in [Point(1, 1)])
lookup = {Point(3, 4): "found"}
print(lookup.get(Point(3, 4)), lookup.get(Point(4, 3), "missing"))


class Inherits(Point):
    pass


print(Inherits(1, 2) == Point(1, 2), hash(Inherits(1, 2)) == hash(Point(1, 2)))
