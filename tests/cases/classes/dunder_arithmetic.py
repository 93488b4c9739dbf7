class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, -a, abs(b), a @ b)
c = a
c += b
print(a, c is a, a == Vec(4, 6), a != b, {a: "hashable"}[Vec(4, 6)])
for label, expr in (("a + 1", lambda: a + 1), ("1 + a", lambda: 1 + a), ("a * a", lambda: a * a),
                    ("'s' * a", lambda: "s" * a)):
    try:
        print(label, expr())
    except TypeError as err:
        print(label, "TypeError:", err)


class Number:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        print(f"  __radd__({other})")
        return Number(other + self.n)

    def __repr__(self):
        return f"Number({self.n})"


print(5 + Number(10), sum([Number(7)]))
