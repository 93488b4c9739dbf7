for n in [0, 1, -1, 255, -255, 2**31, -2**63, 10**18]:
    print(f"{n:d}|{n:x}|{n:o}|{n:b}|{n:,}|{n:>12}|{n:<+12}|{n:^12}|{n:#014x}|")
print(format(1234, "08,"), format(1234567, "_d"), format(-1234567, "015,d"), format(10, "c"))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(5, "g"), format(5, "n"), format(5, "10"))
for spec in ["s", ",x", ".2d", "#c", "=^5d"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(spec, e)
print(int.__format__(12, "x"), "{:>{}}".format(3, 5), "{:{}{}}".format(7, "0", 4))
print(str(2**200), repr(-2**100))
import sys
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
