decimal = 1_000_000
hexadecimal = 0xDEAD_BEEF
upper_hex = 0XFF
octal = 0o755
upper_octal = 0O17
binary = 0b1010_1010
upper_binary = 0B11
zero = 0
zeros = 0_0
big = 123456789012345678901234567890
big_hex = 0x_ffff_ffff_ffff_ffff_ffff
negative = -42
print(decimal, hexadecimal, upper_hex, octal, upper_octal, binary, upper_binary)
print(zero, zeros, big, big_hex, negative, 00, 0_00)
print(1_2_3, 0x1_0, 0o1_0, 0b1_0, 9999999999999999999999 + 1)
print(1 .bit_length(), 255 .to_bytes(2, "big"), (10).as_integer_ratio())
