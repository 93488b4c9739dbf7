d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool one"
print(d)
d[2] = "two"
d[(1, 2)] = "tuple"
d["1"] = "str one"
d[None] = "none"
d[frozenset({1})] = "frozenset"
d[-0.0] = "neg zero"
print(d, len(d))
print(d[0.0], d[0], d[False], d[1], d[(1, 2)], d[frozenset([1])])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = "nope"
    except TypeError as err:
        print("TypeError:", err)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


locations = {Point(1, 2): "home"}
print(locations[Point(1, 2)], Point(1, 2) in locations, Point(2, 1) in locations)
nan = float("nan")
weird = {nan: "a"}
weird[nan] = "b"
weird[float("nan")] = "c"
print(len(weird), list(weird.values()))
