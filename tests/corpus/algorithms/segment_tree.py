import operator


class SegmentTree:
    def __init__(self, values, combine=operator.add, identity=0):
        self.n = len(values)
        self.combine = combine
        self.identity = identity
        self.tree = [identity] * (2 * self.n)
        self.tree[self.n:] = values
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = combine(self.tree[2 * i], self.tree[2 * i + 1])

    def update(self, index, value):
        i = index + self.n
        self.tree[i] = value
        while i > 1:
            i //= 2
            self.tree[i] = self.combine(self.tree[2 * i], self.tree[2 * i + 1])

    def query(self, lo, hi):
        """Combine values[lo:hi]."""
        left = right = self.identity
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                left = self.combine(left, self.tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                right = self.combine(self.tree[hi], right)
            lo //= 2
            hi //= 2
        return self.combine(left, right)


class FenwickTree:
    def __init__(self, n):
        self.sums = [0] * (n + 1)

    def add(self, i, delta):
        i += 1
        while i < len(self.sums):
            self.sums[i] += delta
            i += i & -i

    def prefix(self, i):
        total = 0
        while i > 0:
            total += self.sums[i]
            i -= i & -i
        return total


values = [5, 3, 8, 6, 1, 4, 7, 2]
sums = SegmentTree(values)
mins = SegmentTree(values, min, float("inf"))
print(sums.query(0, 8), sums.query(2, 5), mins.query(0, 4), mins.query(4, 8))
sums.update(3, 10)
mins.update(4, 9)
print(sums.query(2, 5), mins.query(4, 8))
fw = FenwickTree(len(values))
for i, v in enumerate(values):
    fw.add(i, v)
print([fw.prefix(i) for i in range(len(values) + 1)])
