s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("", "-")[:20], s.replace("x", "y") == s)
print("aaa".replace("a", "aa"), "abab".replace("ab", ""), "".replace("", "x"), "abc".replace("", "|"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "abcdef".translate(str.maketrans("", "", "aeiou")))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): "HH"}))
print(str.maketrans({"a": "1", "b": None}), str.maketrans("ab", "cd"))
print("remove_prefix".removeprefix("remove_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("tab\tand\nnewline".replace("\t", "\\t").replace("\n", "\\n"))
print("Mississippi".lower().replace("ss", "SS", 1), "a.b.c".replace(".", "", 1))
try:
    "abc".replace("a")
except TypeError as err:
    print("TypeError:", err)
try:
    str.maketrans("abc", "xy")
except ValueError as err:
    print("ValueError:", err)
