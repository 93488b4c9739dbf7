# Division by zero with floats raises; overflow raises for ** but not for *.
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("2.0 ** 1024", lambda: 2.0 ** 1024),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("(-8.0) ** 0.5", lambda: (-8.0) ** 0.5),
    ("float('abc')", lambda: float("abc")),
    ("float('')", lambda: float("")),
    ("float('1.2.3')", lambda: float("1.2.3")),
    ("float([1])", lambda: float([1])),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("1.5 + '2'", lambda: 1.5 + "2"),
    ("int(1e400)", lambda: int(1e400)),
]
for label, action in cases:
    try:
        print(f"{label:<20} = {action()!r}")
    except Exception as err:
        print(f"{label:<20} ! {type(err).__name__}: {err}")
