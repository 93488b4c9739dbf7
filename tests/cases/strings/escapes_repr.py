tests = ["plain", "tab\there", "new\nline", "cr\rreturn", "back\\slash", "quote'single",
         'quote"double', "both'\"", "bell\a", "null\0", "del\x7f", "latin\xe9", "\x80\x9f",
         "euro\u20ac", "emoji\U0001F600", "zero-width\u200b", "bom\ufeff", "combining e\u0301",
         "surrogate-free \U00010000", "ctrl\x01\x1f", "\\n literal", "nbsp\xa0end", "line sep\u2028"]
for t in tests:
    print(repr(t), len(t))
print("\x41\x42\103\N{LATIN SMALL LETTER Z}\u0041\U00000042")
print(repr("\\"), repr("'"), repr('"'), repr("'\""), repr(""), repr(" "))
print(r"raw\n\t", len(r"\n"), r"\\", rb"\x00", b"\x00\xff".hex())
print(ascii("café ☃ 😀"), ascii("plain"), ascii("\n"))
print(str("x"), str(b"bytes"), repr(b"by'tes"), repr(b'"'), repr(bytearray(b"ab")))
