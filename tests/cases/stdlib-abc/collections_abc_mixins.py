# Mixin methods that collections.abc gives subclasses.
from collections.abc import MutableMapping, Mapping, Sequence, MutableSequence, Set, MutableSet


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Store({self._data})"


s = Store(A=1, b=2)
print(s, len(s), "a" in s, "z" in s, s.get("B"), s.get("q", "dflt"))
s.update([("C", 3)], d=4)
print(sorted(s.keys()), sorted(s.values()), sorted(s.items()))
print(s.pop("a"), s.pop("missing", None), s.setdefault("e", 5), s.setdefault("e", 6))
try:
    s.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(s.popitem(), len(s))
print(s == {"c": 3, "d": 4, "e": 5}, s == {"c": 3})
print(s.keys(), type(s.items()).__name__, isinstance(s, dict))
print(("c", 3) in s.items(), 3 in s.values(), "c" in s.keys())
s.clear()
print(s, isinstance(s, Mapping))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return i * i


sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, list(reversed(sq)), sq.index(9), sq.count(4))
try:
    sq.index(7)
except ValueError as e:
    print("ValueError", repr(e))
print(sq[1:4], sq.index(25, 2), max(sq), sorted(sq, reverse=True)[:2])


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Stack({self._items})"


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(st, st.pop(), st.pop(0), st)
st.reverse()
st.remove(3)
print(st, len(st))
st.clear()
print(st)


class Bits(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bits({sorted(self._items)})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint(b), a == {1, 2, 3}, a >= Bits([1]))
print(hash(Bits([1, 2])._hash()) == Bits([2, 1])._hash())


class Tags(MutableSet):
    def __init__(self):
        self._s = set()

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


t = Tags()
t |= [3, 1, 2]
print(list(t))
t.remove(1)
t -= [2]
print(list(t), t.pop(), len(t))
try:
    t.remove(9)
except KeyError as e:
    print("KeyError", e)
try:
    Store.__abstractmethods__
    MutableMapping()
except TypeError as e:
    print(e)
print(sorted(MutableSequence.__abstractmethods__))
