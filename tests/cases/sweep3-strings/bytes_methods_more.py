# bytes and bytearray methods with odd inputs.
b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.count(108))
print(b.split(b", "), b.split(), b"a  b".split(b" "), b.partition(b","), b.rpartition(b"o"))
print(b.replace(b"l", b"L", 2), b.startswith(b"He"), b.endswith((b"x", b"ld")), b"  x ".strip())
print(b.hex(), b.hex(":"), b"\x01\x02\x03".hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b.center(16, b"*"), b.ljust(14, b"."), b.zfill(14), b"ab\tc".expandtabs(4))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab Cd".istitle(), b"".isalnum())
print(list(b[:3]), b[0], b[-1], b[1:3], b[::-2], bytes([72, 105]), bytes(range(65, 70)))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x", b"abc" < b"abd")
print(b"a,b;c".translate(bytes.maketrans(b",;", b"  ")), b"hello".translate(None, b"l"))
print(b"x".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"%03d" % 7)
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(108)
print(ba, ba.find(b"lo"), ba.decode(), ba.upper(), type(ba.upper()).__name__)
ba[1:3] = b"EE"
print(ba)
ba[::2] = b"xyz"
print(ba)
del ba[0]
del ba[::2]
print(ba, ba.copy(), bytearray(3), bytearray([1, 2]), bytearray("ñ", "utf-8"))
ba.reverse()
print(ba, ba * 2, ba + b"!", bytes(ba), ba == bytes(ba))
ba.clear()
print(ba, bool(ba))
print("café".encode(), "café".encode("latin-1"), "ü".encode("ascii", "replace"), "ü".encode("ascii", "ignore"))
print("ü€".encode("ascii", "xmlcharrefreplace"), "ü".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "backslashreplace"))
for bad in [lambda: b"abc" + "d", lambda: bytearray(b"a").append(256), lambda: bytes([300]), lambda: b"a".decode("ascii", "bogus"),
            lambda: b"\xff".decode(), lambda: "ü".encode("ascii"), lambda: bytes.fromhex("zz"), lambda: b"ab"[5], lambda: bytearray(b"a").pop(3),
            lambda: b"abc".index(b"x"), lambda: b"x" * 1.5, lambda: bytes("x"), lambda: b"".join(["a"]), lambda: bytearray(b"ab").remove(120)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
