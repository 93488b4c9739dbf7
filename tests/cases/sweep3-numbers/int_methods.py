# int methods and attributes.
for n in [0, 1, -1, 5, 255, -256, 2**31, 2**63 - 1, -2**64, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.is_integer())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(), (0).to_bytes(0, 'big'), (65535).to_bytes(4, byteorder='little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(bytearray(b'\x80'), signed=True))
print((10).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__floordiv__(2.0), (7).__add__(1.5), (3).__pow__(2, 5))
print(int.__add__(3, 4), int.__mul__(6, 7), (5).__neg__(), (5).__invert__(), (-5).__abs__(), (5).__bool__())
print((17).__format__('x'), (17).__index__(), (17).__int__(), (17).__float__(), (17).__trunc__(), (17).__round__(-1))
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1))
import math
print(math.floor(7), math.ceil(-7), math.trunc(7), round(7), round(7, 2), type(round(7, -1)))
print(int(2**53 + 1) == float(2**53 + 1), 2**53 + 1, float(2**53 + 1), int(float(2**53 + 1)))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, divmod(-7, 2))
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -16 >> 2, ~0, ~-1, 5 & -2, 5 | -8, 5 ^ -1)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, 0o777, 0xDEAD_BEEF, 1_000_000)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, True & False, True | 0, True ^ True)
print(type(True + 1), type(True & True), type(True | 2), type(~False))
print(int("  -123  "), int("+7"), int("0"), int("00"), int("1" * 30))
print(abs(-2**100), -(-2**100), +5, (2**100) // 3, (2**100) % 7, pow(7, 2**100, 13))
print(hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-1), hash(-2), hash(0))
print(str(10**50)[:10], len(str(2**1000)), sum(int(d) for d in str(2**100)))
print(7 .bit_length(), (7).__sizeof__() > 0, isinstance(7, int), int is type(7))
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print("ValueError:", e)
try:
    (256).to_bytes(1, 'little', signed=True)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
