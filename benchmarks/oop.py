# Classes: __init__, method calls, attribute reads and writes, a property,
# inheritance with super(), and small objects created and dropped.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self, start):
        self.count = start

    def step(self, by):
        self.count += by
        return self.count


class LimitedCounter(Counter):
    def __init__(self, start, limit):
        super().__init__(start)
        self.limit = limit

    def step(self, by):
        value = super().step(by)
        if value > self.limit:
            self.count = value % self.limit
        return self.count


def run(n):
    total = 0
    acc = Vector(0, 0)
    counter = LimitedCounter(0, 1000)
    for i in range(n):
        v = Vector(i % 7, i % 11)
        acc = acc.add(v)
        total += v.dot(acc) % 97
        total += v.norm1
        total += counter.step(i % 13)
    return total, acc.x, acc.y, counter.count


print(run(700000))
