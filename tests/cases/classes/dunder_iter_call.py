class Range:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __iter__(self):
        current = self.start
        while current < self.stop:
            yield current
            current += 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value, *, extra=0):
        self.calls += 1
        return value * self.factor + extra


print(list(Range(3, 7)), sum(Range(0, 5)), list(Countdown(4)))
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "exhausted"), list(cd))
triple = Multiplier(3)
print(triple(5), triple(2, extra=1), list(map(triple, [1, 2])), triple.calls, callable(triple))
print(list(zip(Range(0, 3), Countdown(3))))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(50)
print(list(f), list(f), max(f), 21 in f, 22 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it))


class Adder:
    def __init__(self):
        self.total = 0

    def __call__(self, *values):
        self.total += sum(values)
        return self


add = Adder()
print(add(1)(2, 3)(4).total, callable(Adder), callable(add))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as err:
    print("TypeError:", err)
try:
    NotIterable()()
except TypeError as err:
    print("TypeError:", err)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as err:
    print("TypeError:", err)
