class Vec:
    def __init__(self, *items):
        self.items = list(items)

    def __matmul__(self, other):
        if isinstance(other, Vec):
            return sum(a * b for a, b in zip(self.items, other.items))
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Vec(*(sum(a * b for a, b in zip(row, self.items)) for row in other))
        return NotImplemented

    def __repr__(self):
        return f"Vec{tuple(self.items)}"


u, v = Vec(1, 2, 3), Vec(4, 5, 6)
rows = [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
print(u @ v, rows @ u, u @ v * 2, (rows @ v) @ u)
acc = Vec(1, 1, 1)
acc @= Vec(2, 3, 4)
print(acc)
