vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-10, 123456.789, float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v:.2f}", f"{v:10.3e}", f"{v:g}", f"{v:>12}")
for spec in ["", "5", "<5", "^7", "+", " ", "05", ",", "_", "x", "#x", "08b", "o", "c", "n", "e", ".3"]:
    try:
        print(repr(spec), repr(format(97, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["", ".0f", ".1f", "+.3f", "e", "E", ".2e", "g", "G", ".3g", "%", ".1%", ",.2f", "_.3f", "10.2f", "<10.2f", "^10.2f", "010.2f", "#.0f", "n", ".10g", "x"]:
    try:
        print(repr(spec), repr(format(1234.5678, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print(format(0.000012345, "g"), format(123456789, "e"), format(1e100, ".3g"), format(-0.0, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(True, "d"), format(True, ""), format(False, ">6"), f"{True!s:>6}")
print("%.0f %.0f %.1f" % (0.5, 1.5, 0.25))
print("%5.1f|%-8.3f|%+d|% d" % (3.14159, 2.5, 3, 3))
print("%x %X %#x %#o %o" % (255, 255, 255, 8, -8))
print("%e %E %g %G" % (123.456, 0.000123, 1e-5, 1e20))
print(str(10**16 * 1.0), str(1.0e15), 1e15 + 0.3, 2.0**60, 0.1**10)
print(round(123.456, -1), round(-123.456, 1), round(5e-324, 5), round(1e300, 2))
