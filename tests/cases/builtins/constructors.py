print(int(), int(3.9), int("  42 "), int("101", 2), int("ff", 16), int(True), int(-0.5))
print(float(), float(3), float("1e-3"), float("-inf"), float(" 2.5 "), float(False))
print(str(), str(1), str(1.5), str([1, 2]), str(None), str(b"x"), str("x"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]))
print(list(), list("ab"), list((1, 2)), list({3: "x"}), list(range(3)))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)))
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4))
print(sorted(set("hello")), set(), frozenset([1, 1, 2]))
print(complex(), complex(1), complex(1, 2), complex("3+4j"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"ab"), bytes.fromhex("4142"))
for bad in (lambda: int("1.5"), lambda: float("one"), lambda: int([1]), lambda: list(5), lambda: dict([1])):
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
