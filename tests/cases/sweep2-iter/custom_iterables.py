class Range2D:
    def __init__(self, rows, cols): self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c
    def __len__(self): return self.rows * self.cols
    def __contains__(self, rc): return 0 <= rc[0] < self.rows and 0 <= rc[1] < self.cols
g = Range2D(2, 3)
print(list(g), len(g), (1, 2) in g, (2, 0) in g, list(g) == list(g))
class Peekable:
    def __init__(self, it): self.it = iter(it); self.buf = []
    def __iter__(self): return self
    def __next__(self):
        if self.buf: return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]
p = Peekable("abc"); print(p.peek(), next(p), p.peek(), list(p), p.peek("end"))
class Cycle:
    def __init__(self, items, n): self.items, self.n = items, n
    def __iter__(self):
        return (self.items[i % len(self.items)] for i in range(self.n))
print(list(Cycle("xy", 5)), sorted(Cycle([3, 1], 4)), max(Cycle([5, 9, 2], 3)))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())), list(Seq()), "b" in Seq(), sorted(Seq(), reverse=True))
import itertools
print(list(itertools.islice(Cycle("ab", 100), 3)), list(itertools.chain(Seq(), Range2D(1, 2))))
