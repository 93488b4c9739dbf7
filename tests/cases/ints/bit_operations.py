# Bitwise operators on positive and negative integers.
values = [0, 1, 5, 12, 255, -1, -6, -256]
for a in values:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF, a << 3, a >> 2)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(1 << 40, 1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69)
print(-1 >> 1, -2 >> 1, -3 >> 1, -100 >> 3, -(2 ** 80) >> 78)
print((2 ** 70 - 1) & (2 ** 35 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1))
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, -(2 ** 70) | 0xFFFF)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [b for b in range(8) if flags >> b & 1])
flags &= ~(1 << 3)
print(flags, bin(flags))
flags ^= 0b11
print(flags, bin(flags))
n = 0b1011_0110
count = 0
while n:
    n &= n - 1
    count += 1
print("popcount", count)
print(5 & 3 | 4 ^ 1, 5 & (3 | 4) ^ 1, 1 << 2 + 1, (1 << 2) + 1)
print(True & False, True | False, True ^ True, ~True, True << 3)
