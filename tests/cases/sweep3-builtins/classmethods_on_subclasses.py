# Class methods of built-in types called on subclasses and instances, and bytes subclasses.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, None if v is None else v * 2)
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1), {}.fromkeys("xy"), dict.fromkeys([int, str]))
class I(int):
    pass
print(type(I.from_bytes(b"\x01", "big")).__name__, (5).from_bytes(b"\x02", "big"), bool.from_bytes(b"\x01"), int.from_bytes(b"\x00\x10", byteorder="little"))
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), (1.0).fromhex("0x1p2"))
print(str.maketrans("a", "b"), "x".maketrans("a", "b"), bytes.maketrans(b"a", b"b")[97:99], b"".maketrans(b"a", b"b") == bytes.maketrans(b"a", b"b"))
class B(bytes):
    def shout(self):
        return self.upper()
x = B(b"ab")
print(type(x).__name__, x, x.shout(), type(B.fromhex("4142")).__name__, B.fromhex("4142"), b"".fromhex("41"), bytearray.fromhex("4142"))
print(bytes("ü", "latin-1"), bytes("ü", encoding="utf-8"), bytearray("ü", "latin-1"), bytes("ü", "ascii", "replace"), bytes(source=b"xy"))
class Bt:
    def __bytes__(self):
        return b"custom"
print(bytes(Bt()), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: dict.fromkeys(), lambda: {}.fromkeys(1, 2, 3), lambda: int.from_bytes("ab", "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: int.from_bytes(b"a", byteorder=1), lambda: str.maketrans(1), lambda: str.maketrans("ab", "a"), lambda: bytes.fromhex(5),
            lambda: bytes([300]), lambda: bytearray([300]), lambda: bytes(1.5), lambda: bytes("x", encoding=5), lambda: ord(b"ab"),
            lambda: dict.keys([]), lambda: list.append((), 1), lambda: int.__add__("a", 1), lambda: str.upper(), lambda: int.__add__()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((7).__floordiv__(2.0), (7.0).__floordiv__(2), (3).__pow__(2, 5), (2).__rpow__(3, 5), (1).__lt__(1.5), (1).__eq__(1.0), 1 == 1.0, (2.5).conjugate())
class MyInt(int):
    pass
print(MyInt(3) + 1.5, 1.5 + MyInt(3), MyInt(3) < 3.5, divmod(MyInt(7), 2.0), MyInt(2) ** 0.5 > 1)
it = iter([1, 2])
for v in [it, (x for x in []), {1}, map(str, [])]:
    try:
        reversed(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(float(b"2.5"), float(bytearray(b" 1e3 ")))
try:
    float(b"x1")
except ValueError as e:
    print("ValueError:", e)
