# The eleven built-in classes whose single positional sub-pattern matches the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {3, 1}, frozenset({2}), 1j, None, range(2)]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(n):
        print("subclass of int matches itself:", n, type(n).__name__)

class WithArgs(int):
    __match_args__ = ("real", "imag")

match WithArgs(7):
    case WithArgs(r, i):
        print("own __match_args__ replaces matching itself:", r, i)

match 3:
    case int(3):
        print("int(3) matches 3")

match "abc":
    case str("abc" | "xyz") as s:
        print("str with alternatives", s)

for bad in ["int(1, 2)", "float(1, 2)"]:
    try:
        exec(f"match 1:\n    case {bad}:\n        pass\n")
    except TypeError as e:
        print("TypeError:", e)
