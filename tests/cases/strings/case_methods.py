samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "", "123abc", "ǅungla", "straße",
           "O'Neil's book", "x-ray and y-axis", "ÉCOLE", "mIxEd_CaSe9"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΌΣΟΣ".lower())
print("hello"[0].upper() + "hello"[1:], "a".upper() is not None)
