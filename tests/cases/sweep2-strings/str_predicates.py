samples = ["abc", "ABC", "Abc", "123", "1.5", "", " ", "a1", "Ab Cd", "ab cd", "\t\n", "١٢٣", "Ⅷ", "_", "x_y", "ß", "é"]
for s in samples:
    print(f"{s!r:8}", "".join("1" if f() else "0" for f in [s.isalpha, s.isdigit, s.isdecimal, s.isnumeric, s.isalnum, s.isspace, s.isupper, s.islower, s.istitle, s.isidentifier, s.isprintable, s.isascii]))
print("\x00".isprintable(), "\u200b".isprintable(), "ab\n".isprintable())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Σσς".lower(), "ΣΣ".lower(), "ς".upper())
