import hashlib


class BloomFilter:
    def __init__(self, size_bits=512, hashes=4):
        self.size = size_bits
        self.hashes = hashes
        self.bits = 0

    def _positions(self, item):
        digest = hashlib.sha256(item.encode()).digest()
        for i in range(self.hashes):
            chunk = digest[4 * i:4 * i + 4]
            yield int.from_bytes(chunk, "little") % self.size

    def add(self, item):
        for p in self._positions(item):
            self.bits |= 1 << p

    def __contains__(self, item):
        return all(self.bits >> p & 1 for p in self._positions(item))


bf = BloomFilter()
for word in ("apple", "banana", "cherry"):
    bf.add(word)
print("apple" in bf, "banana" in bf, "durian" in bf, bin(bf.bits).count("1"))
