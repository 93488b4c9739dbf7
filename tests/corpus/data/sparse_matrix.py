class SparseMatrix:
    def __init__(self, rows, cols):
        self.shape = (rows, cols)
        self.data = {}

    def __setitem__(self, key, value):
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def __matmul__(self, other):
        result = SparseMatrix(self.shape[0], other.shape[1])
        by_row = {}
        for (k, j), v in other.data.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), a in self.data.items():
            for j, b in by_row.get(k, []):
                result[i, j] = result[i, j] + a * b
        return result

    def density(self):
        return len(self.data) / (self.shape[0] * self.shape[1])

    def dense(self):
        return [[self[i, j] for j in range(self.shape[1])] for i in range(self.shape[0])]


a = SparseMatrix(3, 3)
a[0, 0], a[1, 2], a[2, 1] = 2, 3, 4
b = SparseMatrix(3, 2)
b[0, 1], b[2, 0], b[1, 1] = 5, 6, 7
c = a @ b
print(c.dense(), round(a.density(), 3), sorted(c.data.items()))
a[0, 0] = 0
print(a.dense(), len(a.data))
