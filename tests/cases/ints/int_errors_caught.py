# Errors raised by integer operations, caught and printed.
cases = [
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1 / 0", lambda: 1 / 0),
    ("10 ** 20 / 0", lambda: 10 ** 20 / 0),
    ("1 + '1'", lambda: 1 + "1"),
    ("'1' + 1", lambda: "1" + 1),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("int('x')", lambda: int("x")),
    ("int('5', 1)", lambda: int("5", 1)),
    ("int(None)", lambda: int(None)),
    ("int([1])", lambda: int([1])),
    ("-'5'", lambda: -"5"),
    ("~1.5", lambda: ~1.5),
    ("1 & 1.0", lambda: 1 & 1.0),
    ("pow(2, 10, 0)", lambda: pow(2, 10, 0)),
    ("str(10 ** 5000)", lambda: len(str(10 ** 5000))),
]
for label, action in cases:
    try:
        print(label, "->", action())
    except Exception as err:
        print(label, "->", type(err).__name__ + ":", err)
