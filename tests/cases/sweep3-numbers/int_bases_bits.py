# int() with bases, string forms, bit manipulation helpers.
for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o777", 0), ("1010", 2), ("0b1010", 0), ("z", 36), ("  12  ", 10), ("-0x1a", 16), ("+0b11", 0), ("1_0", 2)]:
    print(text, base, int(text, base))
for bad in [("0x", 16), ("12", 2), ("9", 8), ("", 10), ("0b2", 0), ("08", 0), ("1 0", 10), ("--1", 10)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError:", e)
n = 0b1011_0110
print(bin(n), oct(n), hex(n), f"{n:08b}", f"{n:o}", f"{n:X}", n.bit_length(), n.bit_count())
def bits_set(v):
    return [i for i in range(v.bit_length()) if v >> i & 1]
print(bits_set(n), n & -n, n & (n - 1), n | (n + 1), ~n & 0xFF, n ^ 0xFF, (n >> 2) << 2)
def popcount(v):
    c = 0
    while v:
        v &= v - 1
        c += 1
    return c
print([popcount(v) for v in [0, 1, 7, 255, 256, 2**100 - 1]])
def reverse_bits(v, width=8):
    return int(f"{v:0{width}b}"[::-1], 2)
print(reverse_bits(0b00010110), reverse_bits(1, 16), [reverse_bits(i, 3) for i in range(8)])
flags = {"read": 4, "write": 2, "exec": 1}
perm = 0
for f in ("read", "exec"):
    perm |= flags[f]
print(perm, [f for f, b in flags.items() if perm & b], oct(0o755 & ~0o022))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big").hex(), (-2).to_bytes(1, "big", signed=True))
def to_base(v, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    out = ""
    neg = v < 0
    v = abs(v)
    while v:
        v, r = divmod(v, b)
        out = digits[r] + out
    return "-" * neg + out
print([to_base(255, b) for b in (2, 3, 7, 16, 36)], to_base(-10, 3), int(to_base(123456, 7), 7))
print(2 ** 64 - 1, hex(2 ** 64 - 1), (1 << 64) - 1 == 2 ** 64 - 1, -(2 ** 63) >> 62, 1 << 0, 5 >> 10)
