# repr and str of bytearray, conversions to and from other types.
print(repr(bytearray()), repr(bytearray(b"a'b")), repr(bytearray(b'a"b')), repr(bytearray(b"'\"")))
print(repr(bytearray(b"\t\n\r\x00\x7f\x80\xff\\")))
print(str(bytearray(b"s")), f"{bytearray(b'f')}", "%r" % bytearray(b"p"), [bytearray(b"in list")])
print(list(bytearray(b"ab")), tuple(bytearray(b"ab")), set(bytearray(b"aab")) == {97, 98})
print(bytes(bytearray(b"\x00\x01")), bytearray(bytes(3)), bytes(bytearray(b"z")) == b"z")
print(int(bytearray(b"42")), int(bytearray(b" -7 ")))
print(str(bytearray(b"abc"), "ascii"), str(bytearray(b"\xc3\xa9"), encoding="utf-8"))
class Sub(bytearray):
    pass
s = Sub(b"sub")
print(s, type(s).__name__, isinstance(s, bytearray), len(s), s + b"!", s == b"sub")
s.append(33)
print(s, s.upper(), type(s.upper()).__name__)
print(bytearray.__doc__ is None or True, callable(bytearray), bytearray.fromhex.__name__)
