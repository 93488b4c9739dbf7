values = [
    "\a\b\f\n\r\t\v", "\x7f\x80\xff", "\u0100\uffff", "\U0010FFFF", "\N{SNOWMAN}",
    "\0\01\012\0123", "\\\'\"", r"\n\t\\", b"\x00\n\\", rb"\x00", f"\t{1}\n", rf"\t{1}",
    """\
no leading newline""", '''a\
b''', "\101\x42\u0043", "é" "\u00e9",
]
for v in values:
    print(repr(v), len(v))
