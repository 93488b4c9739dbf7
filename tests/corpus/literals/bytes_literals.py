data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n"
print(data.split(b"\r\n")[0], len(data), data[0], data[:3], data[-4:])
print(b"\x00\x01\x02" + bytes(3) + bytes([65, 66]), bytearray(b"abc").upper())
print(b"%d-%s" % (5, b"x"), b"abc".hex(), bytes.fromhex("de ad"), b"a\tb".expandtabs(4))
print(rb"\n" == b"\\n", b"" == bytes(), b"abc"[1:2], list(b"hi"), b"caf\xc3\xa9".decode())
