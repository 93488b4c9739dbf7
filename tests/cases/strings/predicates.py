samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "Hello World", "hello world",
           "½", "²", "٣", "Ⅷ", "x_y", "_private", "class", "2cool", "ǅ", "a b", "ß"]
print(f"{'sample':<14} alpha alnum digit decim numer space upper lower title ident print ascii")
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:<14} " + " ".join(f"{'T' if f else '.':^5}" for f in flags))
