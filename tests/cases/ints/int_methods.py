# Methods and attributes of int.
for n in [0, 1, 2, 7, 8, 255, 256, -1, -8, -9, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count(), abs(n).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).is_integer())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
print(int.__name__, type(5).__name__, isinstance(True, int), issubclass(bool, int))
try:
    (256).to_bytes(1, "big")
except OverflowError as err:
    print("OverflowError:", err)
try:
    (-1).to_bytes(1, "big")
except OverflowError as err:
    print("OverflowError:", err)
print(hash(5) == 5, hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
