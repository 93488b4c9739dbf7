# Every augmented assignment operator, on names, attributes and subscripts.
n = 100
n += 5
n -= 3
n *= 2
n //= 7
n %= 11
n **= 3
n <<= 2
n >>= 1
n &= 0xFF
n |= 0x100
n ^= 0b1010
print(n)

f = 7.5
f /= 2
f -= 0.25
print(f)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        size = len(self.rows)
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(size))
                        for j in range(size)] for i in range(size)])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self


m = Matrix([[1, 2], [3, 4]])
m @= Matrix([[0, 1], [1, 0]])
print(m.rows)


class Counter:
    hits = 0


c = Counter()
c.hits += 1
c.hits *= 10
c.hits -= 3
print(c.hits)

counts = {"a": 1, "b": 2}
counts["a"] += 10
counts["b"] **= 5
counts["b"] //= 3
print(counts)

bits = [0b1100, 0b1010]
bits[0] &= bits[1]
bits[1] |= 1
bits[-1] ^= 0xF
bits[0] <<= 4
bits[1] >>= 1
print(bits)

text = "ab"
text *= 3
text += "!"
print(text)
