values = ["text", "it's", 'say "hi"', "tab\t", "é", 42, 3.0, None, [1, "a"], (1,), {"k": (1, 2)}, b"by", True]
for v in values:
    print(repr(v), str(v), ascii(v))
print(repr(repr("x")), str(str("x")), repr(str(1)), str(repr(1)))
print(chr(97), ord("a"), chr(0x1F600) == "😀", hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(format(255, "x"), format(255, "#b"), format(0.5, "%"), format("s", ">3"))
