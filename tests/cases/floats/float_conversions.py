# float() from strings and numbers, int() from floats.
for text in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0",
             "inf", "-Infinity", "nan", "0x10" if False else "16", "1e309", "-1e309", "2.5e-324", "9" * 30]:
    print(repr(text), float(text))
for n in [0, 1, -1, 10 ** 15, 10 ** 16 + 1, 2 ** 53 + 1, 10 ** 30, True]:
    print(n, float(n))
for x in [0.9, -0.9, 1e15, 1.5e16, 123.999, -123.999, 1e20]:
    print(x, int(x), round(x))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (3.0).hex(), (0.1).hex(), (-2.5).hex())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1.25).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer(), (1e100).is_integer(), (-0.0).is_integer())
print(str(1e16), str(1.5e16), str(123e-10), str(0.00001), str(0.0001))
