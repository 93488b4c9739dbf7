class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c, sorted(c))
it = iter(c)
print(next(it), list(it))
zipped = list(zip(Countdown(3), "abc"))
print(zipped, dict(zip("xyz", Countdown(3))))


def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b


print(list(pairs([1, 2, 3, 4, 5])), list(pairs("")))


class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(tree), sum(tree), max(tree), 5 in tree, 7 in tree)
g = iter(tree)
print(next(g), next(g), g.send(None), list(g))


def gen():
    yield 1


g2 = gen()
print(hasattr(g2, "send"), hasattr(g2, "throw"), hasattr(g2, "close"), iter(g2) is g2, g2.__next__())
