values = [0.0001, 0.00001, 1.0, 10.0, 123456.0, 1234567.0, 1e16, 1.5, 100.0, 0.5, 2 / 3]
for v in values:
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, "#g"), format(v, ".3G"), format(v, "%"), format(v, ".0%"))
for v in [1, 12, 123, 1234, 123456789]:
    print(v, format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, ".1%"), format(v, "n"))
print(format(0.0, "g"), format(-0.0, "g"), format(1e-300, "g"), format(1e300, ".2g"))
