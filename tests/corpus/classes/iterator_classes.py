class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIterator:
    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Squares:
    """Old-style iteration through __getitem__."""

    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)
        return index * index


c = Countdown(4)
print(list(c), list(reversed(c)), len(c), list(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
print(list(Fib(100)), list(Squares()), 9 in Squares(), sum(Squares()))
print(list(zip(Countdown(3), Fib(10), Squares())))
