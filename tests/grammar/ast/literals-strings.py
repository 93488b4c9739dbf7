a = 'single' "double" '''triple''' """triple double"""
b = r'raw\n' R"RAW\t"
b2 = rb'\x00' BR"x" Rb'y' bR'z'
c = u'unicode' U"UNI"
d = b'bytes' B"BYTES"
e = "a" "b" 'c'
f = u"first u" "second"
g = "\n\t\\\'\"\a\b\f\v\0\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}"
h = b"\n\x00\xff\\"
i = """multi
line
string"""
j = 'implicit' \
    'continuation'
k = ("parenthesized"
     "concatenation")
l = ''
m = b''
