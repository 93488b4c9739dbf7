s = "  \t padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("www.example.com".lstrip("w.")))
print(repr("path///".rstrip("/")), repr("...".strip(".")), repr("".strip()), repr("a".strip("a")))
for width in (0, 3, 8, 11):
    print(width, repr("abc".ljust(width)), repr("abc".rjust(width)), repr("abc".center(width)))
print(repr("abc".ljust(7, "*")), repr("abc".rjust(7, "-")), repr("abc".center(8, "=")), repr("ab".center(5, "+")))
print(repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)), repr("abcd".center(7)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(2)))
print(repr("line1\n\tline2".expandtabs(3)), repr("12345\t6".expandtabs(4)))
try:
    "abc".center(5, "xy")
except TypeError as err:
    print("TypeError:", err)
print(repr("  both  ".strip(" b")), repr("\u00a0nbsp\u00a0".strip()), repr("\u2003em\u2003".strip()))
