# Format-spec corners not covered by the basic cases.
vals = [0, 1, -1, 42, -42, 1234567, 255]
for spec in ["", "5", "<5", "^5", ">5", "=+6", "+", " ", "-", "05", "_", ",", "_x", "#x", "#o", "#b", "#X", "08.3f", "c", "n", "e", "%"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append("ERR(" + str(e) + ")")
    print(repr(spec), out)
fl = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, float('inf'), float('nan'), 0.1]
for spec in ["", "g", ".3g", "#.3g", "e", ".0e", "E", "f", ".0f", "#.0f", "%", ".1%", "+.2f", "010.2f", ",.2f", "_.1f", "^12.3", "z.1f", "n"]:
    out = []
    for v in fl:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ERR(" + str(e) + ")")
    print(repr(spec), out)
for spec in ["", "10", "<10", "*^11", "=>6", ".2", "10.3", "s"]:
    print(repr(spec), [format(s, spec) for s in ["", "a", "hello", "日本"]])
for spec in ["", "10", ".2f", "+.1e", "^20", "g"]:
    print(repr(spec), format(1 + 2j, spec), format(-1.5j, spec), format(complex(0, 0), spec))
for bad in [(1, "s"), ("a", "d"), (1.5, "d"), ("a", "+"), (1, ".2"), (1, "=^5"), (1.0, "x"), ("a", ","), (1, "c,"), (3, ",_")]:
    try:
        print(format(*bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
print(f"{12345.678:,.1f} {0.000123:.2e} {1e6:g} {1e-5:g} {123456789:e} {True:d} {True} {False:>5}")
print(f"{'left':<{8}}|{'r':>{3}}|{3.14159:.{3}f}|{42:{'0'}{6}}|{'x':{'-'}^{7}}")
