# str methods with unusual arguments.
s = "Hello, World"
print(s.find("o", 5), s.find("o", 5, 8), s.find("o", -4), s.find("", 100), s.find("", 12))
print(s.rfind("o"), s.rfind("o", 0, 5), s.index("W", -5), s.count("l", 3), s.count(""), "".count(""))
print(s.startswith(("He", "Wo")), s.startswith("World", 7), s.endswith("lo", 0, 5), s.startswith(""))
print(s.split(", "), s.split("l"), s.split("l", 1), s.rsplit("l", 1), s.split(maxsplit=0))
print("  a  b  ".split(), "  a  b  ".split(" "), "a\tb\nc  d".split(None, 1), "".split(), "".split(","))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), ",".join([]), "-".join("abc"))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines())
print("abc".partition("b"), "abc".partition("z"), "abcb".rpartition("b"), "abc".rpartition("z"))
print("xxhixx".strip("x"), "abcba".strip("ab"), "  x ".lstrip(), " x  ".rstrip() + "|", "www.ex.com".lstrip("w."))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("z"))
print("ab".center(7, "*"), "ab".center(6, "*"), "abc".ljust(2), "7".rjust(3, "0"), "-5".zfill(4), "+5".zfill(4), "abc".zfill(5))
print("a\tb\tc".expandtabs(4), "ab\tc".expandtabs(2), repr("\t".expandtabs(0)))
print("hello world".title(), "they're bill's".title(), "ǅemo".swapcase(), "ß".upper(), "İ".lower() == "i̇")
print("hello".capitalize(), "HELLO".capitalize(), "123abc".capitalize(), "ﬁx".upper(), "ABC".casefold())
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2), "abab".replace("ab", ""))
print("a-b_c".translate(str.maketrans("-_", "  ")), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1", "b": None}), str.maketrans("ab", "xy", "c"))
print("%s" % "x", "abc" * 0, "abc" * -1, 3 * "ab", "a" in "abc", "" in "abc", "abc" < "abd", "Z" < "a")
print("abc"[::-1], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2], "abc"[1:-1])
print("x".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "class".isidentifier())
print("١٢".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal(), "²".isdigit(), "Ab".istitle(), "A B".istitle())
print("   ".isspace(), "".isspace(), "abc".isalpha(), "ab1".isalnum(), "ABC1".isupper(), "".islower(), "é".isascii())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join(["x", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".startswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
