class Lazy:
    def __init__(self, thunk):
        self.thunk = thunk
        self.evaluated = False
        self.value = None

    def force(self):
        if not self.evaluated:
            self.value = self.thunk()
            self.evaluated = True
            self.thunk = None
        return self.value


class Stream:
    """An infinite lazy list: head now, tail on demand."""

    def __init__(self, head, tail_thunk):
        self.head = head
        self._tail = Lazy(tail_thunk)

    @property
    def tail(self):
        return self._tail.force()

    def take(self, n):
        out, s = [], self
        for _ in range(n):
            out.append(s.head)
            s = s.tail
        return out

    def map(self, fn):
        return Stream(fn(self.head), lambda: self.tail.map(fn))

    def filter(self, pred):
        s = self
        while not pred(s.head):
            s = s.tail
        return Stream(s.head, lambda: s.tail.filter(pred))


def integers(n=0):
    return Stream(n, lambda: integers(n + 1))


def sieve(s):
    p = s.head
    return Stream(p, lambda: sieve(s.tail.filter(lambda x: x % p != 0)))


print(integers().map(lambda x: x * x).take(8))
print(sieve(integers(2)).take(12))
calls = []
value = Lazy(lambda: calls.append("computed") or 42)
print(value.force(), value.force(), calls)
