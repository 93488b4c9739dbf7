for c in "Aa0 ~é€😀":
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print([chr(i) for i in range(65, 75)], "".join(chr(i) for i in range(0x3b1, 0x3b6)))
for n in (0, 1, 10, 255, -1, -256, 2 ** 40):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16))
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), int("0b1111", 2), int("777", 8))
try:
    chr(0x110000)
except ValueError as err:
    print("ValueError:", err)
try:
    ord("")
except TypeError as err:
    print("TypeError:", err)
try:
    hex(1.5)
except TypeError as err:
    print("TypeError:", err)
