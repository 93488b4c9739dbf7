def bits(n, w=8): return format(n & (2 ** w - 1), f"0{w}b")
for n in [0, 1, 5, 127, 128, 255, -1, -128]:
    print(f"{n:5} {bits(n)} {n.bit_length()} {bin(n).count('1')} {n & -n} {n >> 1} {n << 2}")
x = 0b1011_0110
print(x, hex(x), x & 0xF, (x >> 4) & 0xF, x | 1, x ^ 0xFF, ~x & 0xFF, x & (x - 1))
def popcount(n):
    c = 0
    while n:
        n &= n - 1; c += 1
    return c
print([popcount(i) for i in range(16)], [i for i in range(20) if i & (i - 1) == 0])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [b for b in range(8) if flags >> b & 1], flags & ~(1 << 3))
print(int.from_bytes(bytes([1, 2, 3, 4]), "big"), (0x01020304).to_bytes(4, "little"), (-2).to_bytes(1, "big", signed=True))
print((12).bit_count(), (-12).bit_count(), True << 5, 1 << 0, -1 << 3, -16 >> 2, -17 >> 2)
