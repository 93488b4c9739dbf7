# base64 and binascii: round trips, alphabets, padding and errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]
for s in samples:
    e = base64.b64encode(s)
    print(s[:10], e[:30], base64.b64decode(e) == s, base64.b32encode(s)[:24], base64.b16encode(s)[:20])
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.urlsafe_b64decode("-__-"), base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8"+b"=" * 1), base64.standard_b64decode("YQ=="))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("cafe", casefold=True), base64.b32decode("0Y======", map01="L"))
for bad in ["abc", "a", "aGVsbG8=x=="]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("binascii.Error:", e)
for bad in ["aGV$sbG8=", "=aGVs", "aGVsbA==aGVs"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
for call in [lambda: base64.b32decode("ABC"), lambda: base64.b32decode("1AAAAAAA"), lambda: base64.b16decode("xyz0"),
             lambda: base64.b64decode("é"), lambda: base64.b64encode("text"), lambda: base64.b64decode(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"))
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="), binascii.hexlify(b"abc", "-"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
