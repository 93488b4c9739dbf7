s = "naïve café ☃ 😀"
print(len(s), s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"abc\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
print([hex(ord(c)) for c in "a😀"], "😀"[0], "😀" == "\U0001F600", "\N{SNOWMAN}")
print(sorted("bAaC"), sorted("bAaC", key=str.lower), max("hello"), min("hello"))
print("ÀÉÎ".lower(), "ǆ".upper(), "ǆ".title(), "i̇".upper(), "Σ".lower())
print("x" "y" 'z', """tri
ple""", r"raw\n", len(r"\n"), "\101\x41\u0041")
print(str(b"abc"), str(b"abc", "ascii"), repr("\\"), "a\\b")
print("abc".encode().decode("utf-16-le", "replace") if False else "skip", "é".encode("utf-16"), "é".encode("utf-32-be"))
print("\u00e9" == "e\u0301", len("e\u0301"))
