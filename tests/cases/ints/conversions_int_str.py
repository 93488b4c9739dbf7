# int() from strings and numbers, str()/repr() of ints, bin/oct/hex.
for text in ["0", "42", "-17", "+5", "  12  ", "1_000", "007", "\t-3\n"]:
    print(repr(text), int(text))
for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o17", 8), ("1010", 2),
                   ("0b11", 2), ("z", 36), ("Zz", 36), ("10", 3), ("0x1f", 0), ("0o17", 0), ("0b101", 0), ("99", 0)]:
    print(text, base, int(text, base))
for value in [3.99, -3.99, 0.5, -0.5, 1e10, True, False]:
    print(value, int(value))
for bad in ["", "abc", "1.5", "0x", "1__0", "_1", "1e3", "٣x"]:
    try:
        int(bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    int("12", 2)
except ValueError as err:
    print("ValueError:", err)
for n in [0, 1, -1, 255, -255, 2 ** 40]:
    print(n, str(n), repr(n), bin(n), oct(n), hex(n))
print(int("1" * 40), int("-" + "9" * 30))
print(str(10 ** 25), len(str(-(10 ** 25))))
