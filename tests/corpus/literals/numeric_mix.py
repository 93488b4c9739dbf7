values = [0, -0, 1, -1, 0x10, 0o10, 0b10, 1.5, -1.5e-3, 2j, 1 + 2j, True, False, None]
for v in values:
    print(type(v).__name__, repr(v), bool(v))
print(1 + 1.0, 1 + 1j, True + True, 3 // 2.0, 3 % -2, -3 % 2, 7 / 2, 1e3 == 1000)
print(int("ff", 16), int("0b101", 0), float("  -1.5e2 "), complex(1, -1), round(2.675, 2))
