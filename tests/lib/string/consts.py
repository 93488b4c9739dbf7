# string constants and capwords.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   wORLD  of python "), string.capwords("a-b-c", "-"),
      repr(string.capwords("")), string.capwords("x,y,,z", ","))
