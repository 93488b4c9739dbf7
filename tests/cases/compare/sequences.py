print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0], [[1]] < [[2]])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) == [1, 2], "abc" < "abd", "ab" < "abc", "B" < "a")
print([1, 2] == [1, 2.0], (0,) == (False,), [] == (), "" == [], [1, [2, [3]]] == [1, [2, [3]]])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max(["apple", "pie"]), min([[3], [1, 2], [1]]))
words = ["pear", "Peach", "apple", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(b"abc" < b"abd", b"a" == b"a", bytearray(b"x") == b"x", b"" < b"\x00")
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
