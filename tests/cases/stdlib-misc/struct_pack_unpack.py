# struct: sizes, byte orders, alignment, every common code, errors.
import struct

for fmt in ["@bhiqd", "=bhiqd", "<bhiqd", "lLnNP", "?", "3s2x", "@ci", "@ic", ">hhl", "!I", "5p", "0s", "@3h", "<3h"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<hHiIqQ", -2, 65535, -70000, 4000000000, -(2**40), 2**63))
print(struct.pack(">hHiIqQ", -2, 65535, -70000, 4000000000, -(2**40), 2**63))
print(struct.pack("@bhi", 1, 2, 3), struct.pack("=bhi", 1, 2, 3), struct.pack("!?c", True, b"z"))
print(struct.pack("<fd", 1.5, -0.1), struct.pack(">d", float("inf")), struct.pack("<f", 0.1), struct.pack("<d", -0.0))
print(struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)), struct.unpack(">hHiIqQ", struct.pack(">hHiIqQ", -2, 65535, -70000, 4000000000, -(2**40), 2**63)))
print(struct.pack("4s3s", b"ab", b"abcdef"), struct.pack("5p", b"abcdefg"), struct.unpack("5p", b"\x03abcd"), struct.unpack("4s", b"a\x00bc"))
print(struct.unpack("<2h", b"\x01\x00\xff\xff"), struct.unpack("??c", b"\x00\x05x"), struct.unpack_from("<h", b"abcd", 1), struct.unpack_from("<h", b"abcd", offset=-2))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf, list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<ih")
print(s, s.size, s.format, s.pack(7, 8), s.unpack(b"\x07\x00\x00\x00\x08\x00"), s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2))
print(struct.pack("!h", True), struct.pack("<q", 5).hex(), struct.pack(b"<H", 258))
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.unpack("<f", struct.pack("<f", 3.4e38)), struct.unpack("<f", struct.pack("<f", 1e-45)))
for call in [lambda: struct.pack("h", 40000), lambda: struct.pack("B", -1), lambda: struct.pack("i", 1.5),
             lambda: struct.pack("ii", 1), lambda: struct.unpack("i", b"ab"), lambda: struct.pack("z", 1),
             lambda: struct.pack("<f", 1e300), lambda: struct.pack("c", b"ab"), lambda: struct.calcsize("3"),
             lambda: struct.pack("<Q", -1), lambda: struct.pack("<q", 2**63), lambda: struct.pack("s", "x"),
             lambda: struct.pack(">l", 2**31), lambda: struct.pack("<P", 1), lambda: struct.unpack("i", "abcd"),
             lambda: struct.pack("<i", "1"), lambda: struct.unpack_from("<i", b"abc"), lambda: list(struct.iter_unpack("<h", b"abc"))]:
    try:
        print(call())
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
