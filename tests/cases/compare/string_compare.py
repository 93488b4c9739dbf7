words = ["apple", "Apple", "APPLE", "banana", "apple pie", "apples", "", " ", "é", "e", "z", "Z", "10", "9", "_"]
print(sorted(words))
print(sorted(words, key=str.casefold))
for a, b in [("a", "b"), ("a", "A"), ("abc", "abcd"), ("", "a"), ("10", "9"), ("é", "z"), ("Z", "a")]:
    print(repr(a), repr(b), a < b, a == b, a > b, (a > b) - (a < b))
print("abc" == "abc", "abc" == "ABC".lower(), "a" * 3 == "aaa", "straße".casefold() == "STRASSE".casefold())
print(max(words), min(words), max(words, key=len))
