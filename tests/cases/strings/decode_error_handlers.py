# bytes.decode and str(bytes, ...) with each error handler, under UTF-8 and
# ASCII, and the messages of UnicodeDecodeError and an unknown handler.
data = b"ok \xff\xfe mid \xe2\x82 end \xf0\x9f\x98\x80!"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, repr(data.decode("utf-8", errors)), repr(data.decode("ascii", errors)))
print(repr(str(b"a\x80b", "utf-8", "replace")), repr(str(b"a\x80b", errors="ignore")))
for bad in [b"\xff", b"ab\xe2\x82", b"\xed\xa0\x80x", b"\xc3("]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80".decode("utf-8", "nope")
except LookupError as e:
    print("LookupError:", e)
print(b"fine".decode("utf-8", "nope"))
