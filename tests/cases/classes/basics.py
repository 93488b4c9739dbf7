class Point:
    """A point in the plane."""

    dimensions = 2

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def distance_to_origin(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p.x, p.y, p.distance_to_origin(), p.dimensions, Point.dimensions)
p.move(1, 1).move(-4, -5)
print(p.x, p.y)
q = Point()
print(q.x, q.y, vars(q), Point.__name__, Point.__doc__, type(p).__name__, type(p) is Point)
q.label = "dynamic attribute"
print(q.label, hasattr(q, "label"), hasattr(p, "label"), sorted(vars(q)))
print(isinstance(p, Point), isinstance(p, object), Point.__module__, Point.__qualname__)
print(Point.move(Point(1, 1), 2, 2).x, Point.__init__.__name__)
print(callable(Point), callable(p), Point.__bases__, Point.__mro__)
m = p.move
print(m.__self__ is p, m.__func__ is Point.move, m(1, 0).x)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
