# string <-> number conversions
print(int("42"), int(" -7 "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("1_000"), int("z", 36))
print(int("０１２"), int("٣"), float("１.５"))
for s, base in [("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10), ("08", 0), ("abc", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for s in ["", "abc", "1.2.3", "nan", "infinity", "-iNF", "1e", "0x10", " 1 "]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(str(10), str(-0), str(3.0), str(1e100), str(True), repr(False))
print(hex(255), oct(8), bin(10), hex(-255), bin(-1), oct(0))
print(int(3.99), int(-3.99), int(True), int(1e20), round(1e20))
print(float(10**20), float(2**53 + 1), int(float(2**53 + 1)))
print(ord("A"), chr(97), ord("€"), chr(0x1F600), ascii("€😀"))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(complex("1+2j"), complex("-3j"), complex(" 4 "), complex("(1-1j)"))
try:
    complex("1+2k")
except ValueError as e:
    print(e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(int("   +0012   "), int("-0"), float("-0"), str(float("-0")))
x = 1 << 64
print(str(x), int(str(x)) == x, hex(x), len(str(7 ** 100)))
