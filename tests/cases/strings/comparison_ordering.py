pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "aa"), ("B", "a"), ("abc", "abd"), ("", "a"),
         ("Z", "a"), ("é", "z"), ("10", "9"), ("apple", "Apple")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y)
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", "é"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(max(words), min(words), max(words, key=len))
print("abc" == "abc", "abc" != None, "a" * 3 == "aaa", "x" < "xy" < "y")
