s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 32, 40), s.find("cat"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("o"), s.rfind("zz"), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("o", 20))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abcabc".rindex("abc"), "".count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("end"), s.endswith(("dog", "end")))
print(s.startswith(""), s.endswith("the", 0, 34), "abc".startswith(("x", "a")), "abc".find("c", -1))
for needle in ["q", "qu", "dog", " ", "end", "e"]:
    print(repr(needle), s.find(needle), s.rfind(needle), s.count(needle), needle in s)
try:
    s.index("cat")
except ValueError as err:
    print("ValueError:", err)
try:
    s.rindex("cat")
except ValueError as err:
    print("ValueError:", err)
print("mississippi".count("ss"), "mississippi".count("i", 2, 8), "mississippi".find("ss", 3))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4), "abc"[3:].find(""))
