# Edge cases of the methods bytes and bytearray share, slice assignment with
# negative steps, __index__ objects as indices, sizes and values.
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes([1, 2], "little"), int.from_bytes(b"\xff", "big", signed=True))
for s in (b"", b"a", b"abcabc", b"  x  y  ", b"a,b,,c,", b"\tx\ny\r\nz\r"):
    for t in (bytes, bytearray):
        v = t(s)
        print(v.split(b","), v.rsplit(b",", 1), v.split(), v.rsplit(None, 1), v.splitlines(), v.splitlines(True))
        print(v.count(b"a"), v.count(b"a", 1, -1), v.find(b"", 2), v.rfind(b"b"), v.replace(b"", b"-"), v.replace(b"a", b"XY", 1))
        print(v.center(9), v.zfill(6), v.expandtabs(4), v.title(), v.istitle(), v.partition(b"b"), v.rpartition(b"z"))
        print(v.hex("-", 2), v.hex(":", -2), v.strip(b"a\t"), v.startswith((b"a", b"b"), 0, 3), v.endswith(b"c", -3))
print(bytearray(b"-12").zfill(6), b"+5".zfill(4), bytes.maketrans(b"abc", b"xyz")[97:100])
print(bytearray(b"abc") * 3 == b"abcabcabc", 3 * bytearray(b"ab"), bytearray(b"b") in bytearray(b"abc"))
x = bytearray(b"0123456789")
x[::-3] = b"abcd"
print(x)
del x[::-2]
print(x)
x[5:2] = b"zz"
print(x)
x[-100:100] = b"all"
print(x)
print(bytearray(5) == bytes(5), bytearray(b"ab") < bytearray(b"b"), bytearray(b"abc").index(98, 0, 3), bytearray(b"aXa").rindex(b"a"))
class I:
    def __index__(self):
        return 2
b = bytearray(b"abc")
print(b[I()], bytearray(I()), b.pop(I()))
b[0] = I()
print(b)
print(bytes(bytearray(b"x")) is not None, str(bytearray(b"\xe9"), "latin-1"), bytearray(b"caf\xc3\xa9").decode(errors="strict"))
it = iter(bytearray(b"ab"))
print(list(it), list(it))
