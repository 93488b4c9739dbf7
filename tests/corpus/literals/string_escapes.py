escapes = "\\ \' \" \a \b \f \n \r \t \v \0 \7 \101 \x41 \u00e9 \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER A}"
print(repr(escapes))
print(len("\x00\x01\xff"), "\u20ac", "\N{EURO SIGN}", "\U00000041")
print("line one\
 continued on the next source line")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(b"\x00\xff\n\\", b'\101\102', rb"\x00")
print(repr("tab\there"), repr('\\n is not a newline'), r"\"", r'\'')
print("""triple with "quotes" and 'apostrophes' and \"\"\" escaped""")
print('''newlines
inside
triple''', '\
')
