values = [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True, 1j, b"1", range(1), len, print, int, type]
for v in values:
    print(f"{v!r:<26} {type(v).__name__:<22} {isinstance(v, (int, float))!s:<6} {callable(v)}")
print(type(type), type(int), type(None), type(len).__name__, type(lambda: 0).__name__)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, int.__name__, str.__name__)
