# A key's __eq__ that reads and writes the very dict or set being searched:
# the search goes on (it starts over only if the table or the compared key
# was replaced), without waiting forever for itself.
d = {}


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        d.get("x")
        d["side"] = self.v
        return self.v == other.v


d[K(1)] = 1
d[K(2)] = 2
d[K(1)] = 3
print(len(d), sorted(str(v) for v in d.values()))
print(K(2) in d, d[K(2)])

s = set()


class S(K):
    def __eq__(self, other):
        s.add(0)
        return self.v == other.v

    __hash__ = K.__hash__


s.add(S(1))
s.add(S(2))
s.add(S(1))
print(len(s), S(2) in s)


class Dropper(K):
    """Deletes the other key while being compared: the search starts over."""

    def __eq__(self, other):
        if self.v == 10 and 10 in values:
            values.remove(10)
            del e[self]
        return self.v == other.v

    __hash__ = K.__hash__


values = [10]
e = {Dropper(10): "ten"}
e[Dropper(11)] = "eleven"
print(len(e), sorted(e.values()))
