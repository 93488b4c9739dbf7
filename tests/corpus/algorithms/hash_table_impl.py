class HashTable:
    """Open addressing with linear probing and tombstones."""
    _EMPTY = object()
    _DELETED = object()

    def __init__(self, capacity=8):
        self._keys = [self._EMPTY] * capacity
        self._values = [None] * capacity
        self._size = 0

    def _slot(self, key):
        mask = len(self._keys) - 1
        i = hash(key) & mask
        first_free = None
        while True:
            current = self._keys[i]
            if current is self._EMPTY:
                return (first_free if first_free is not None else i), False
            if current is self._DELETED:
                if first_free is None:
                    first_free = i
            elif current == key:
                return i, True
            i = (i + 1) & mask

    def __setitem__(self, key, value):
        if (self._size + 1) * 3 > len(self._keys) * 2:
            self._resize(len(self._keys) * 2)
        i, found = self._slot(key)
        if not found:
            self._size += 1
        self._keys[i], self._values[i] = key, value

    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self._values[i]

    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self._keys[i], self._values[i] = self._DELETED, None
        self._size -= 1

    def __len__(self):
        return self._size

    def items(self):
        for k, v in zip(self._keys, self._values):
            if k is not self._EMPTY and k is not self._DELETED:
                yield k, v

    def _resize(self, capacity):
        old = list(self.items())
        self._keys = [self._EMPTY] * capacity
        self._values = [None] * capacity
        self._size = 0
        for k, v in old:
            self[k] = v


table = HashTable()
for i in range(20):
    table[i * 7] = i
del table[14]
print(len(table), table[49], sorted(table.items())[:4])
try:
    table[14]
except KeyError as err:
    print("missing", err)
