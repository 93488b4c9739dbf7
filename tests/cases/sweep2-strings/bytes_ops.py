b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("é", "utf-8"), "é".encode("latin-1"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"x")
ba = bytearray(b"xyz")
ba[0] = 65; ba.append(66); ba.extend(b"CD"); ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba))
del ba[1:3]; print(ba); ba.insert(0, 48); print(ba); ba.reverse(); print(ba)
print(b"  pad ".strip(), b"a-b-c".partition(b"-"), b"%03d" % 7, b"x".center(5, b"."), b"AbC".swapcase())
print(b"\xe2\x82\xac".decode(), b"\xff".decode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
for bad in [lambda: b"\xff".decode(), lambda: bytes([256]), lambda: b"a" + "b", lambda: bytes("x"), lambda: bytearray(b"a")[5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", hash(b"x") == hash(bytearray(b"x").__bytes__()) if hasattr(bytearray, "__bytes__") else True)
print(b"a,b".split(b","), b"one two".title(), b"123".isdigit(), b"ab12".isalnum(), b"\t".isspace())
print(b"x".join([b"1", b"2", b"3"]), bytearray(b"-").join([b"a", bytearray(b"b")]))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128])))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).to_bytes(4, "little"))
print(b"abc".startswith((b"x", b"a")), b"hello".removeprefix(b"he"), b"%s|%r" % (b"x", b"y"))
