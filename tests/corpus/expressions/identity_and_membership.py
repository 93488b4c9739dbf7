class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, item):
        print("  __contains__ called")
        return item in self.items


a, b = Key(1), Key(1)
print(a == b, a is b, a is not b, a in [b], a in {b}, a in (Key(2),))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], nan is nan)
print(3 in Bag([1, 2, 3]), 4 not in Bag([1]))
print("b" in "abc", "bc" in "abc", "" in "abc", 1 in range(0, 10, 2), 4 in range(0, 10, 2))
print("key" in {"key": 1}, 1 in {"key": 1}.values(), ("key", 1) in {"key": 1}.items())
empty_a, empty_b = [], []
print(None is None, type(None) is type(None), empty_a is empty_b, empty_a == empty_b)
