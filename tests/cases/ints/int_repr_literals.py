# Integer literals in every spelling print as decimal.
print(0, 00, 0_0, -0, +0)
print(1_000_000, 1_2_3, 0x_ff, 0XFF, 0xdead_beef)
print(0o17, 0O777, 0o_1, 0b1010, 0B_1111_0000, 0b0)
print(123456789012345678901234567890)
print(0x123456789ABCDEF0123456789, 0o7777777777777777777777777, 0b1 << 65)
print(-0x10, -0o10, -0b10, ~0x10)
print(int.__doc__ is not None, (0x10).__class__.__name__)
numbers = [0xff, 0o377, 0b11111111, 255]
print(numbers, len(set(numbers)), all(n == 255 for n in numbers))
print(1000000 == 1_000_000, 0x10 + 0o10 + 0b10 + 10)
for n in (0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000):
    print(n, -n, n - 1, n + 1)
print(0b1111111111111111111111111111111, 0b1000000000000000000000000000000)
print(0o1_000, 0x1_0000_0000, 1_0 * 1_0)
