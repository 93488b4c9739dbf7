def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")


flags = 0
READ, WRITE, EXEC = 1 << 0, 1 << 1, 1 << 2
flags |= READ | EXEC
print(bits(flags), bool(flags & WRITE), bool(flags & EXEC))
flags ^= EXEC
flags &= ~WRITE
print(bits(flags), ~flags, -flags >> 1, flags << 10)


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width=8):
    result = 0
    for _ in range(width):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result


print([popcount(n) for n in range(10)], reverse_bits(0b1101, 4), bits(reverse_bits(1)))
print(0xFF ^ 0x0F, 0o777 & 0o070, 0b1010 | 0b0101, 1 << 100 >> 98, -1 >> 5, -16 >> 2)
mask = (1 << 32) - 1
h = 2166136261
for byte in b"hello":
    h = ((h ^ byte) * 16777619) & mask
print(hex(h))
