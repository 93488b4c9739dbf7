s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c ".split(), " a b ".split(None, 1))
print("a,b,c".rsplit(",", 1), "  a  b  ".rsplit(None, 1), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\n\ny".splitlines(True))
print("abc".partition("b"), "abc".partition("z"), "abcb".rpartition("b"), "abc".rpartition("z"))
print("hello".center(11, "*"), "hi".ljust(5, "-"), "hi".rjust(5), "42".zfill(5), "-42".zfill(6), "+x".zfill(4))
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "ß".upper(), "ǅ".lower())
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("c", 3), "abc".find(""), "abc".rfind(""), "abc".find("z"))
print("aaa".count("a"), "aaaa".count("aa"), "abc".count(""), "abcabc".count("bc", 2))
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), "abc".replace("b", ""), "x".replace("x", "yy", 0))
print("tab\tsep\tx".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
print(" \t\n".isspace(), "".isspace(), "Abc Def".istitle(), "ABC".isupper(), "abc1".islower(), "_x1".isidentifier())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(4))))
print("hello"[::-1], "hello"[1:-1], "hello"[10:], "hello"[-100:2], "hello"[::2])
print("Straße".casefold(), "ΣΑΣ".lower(), "ﬁ".upper())
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("%s" % "abc".translate(str.maketrans("abc", "xyz")), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), str.maketrans("ab", "cd", "e"))
print("abc" * 3, 0 * "x", -1 * "y", "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc")
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
