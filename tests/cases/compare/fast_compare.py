# Comparisons of floats, ints and strs, and sorting of ints, tuples and strs.
nan = float("nan")
print(1.5 < 2, 2 <= 2.0, nan == nan, nan != nan, nan < 1, 3 > 2.5, 2**40 > 1.5, 2**53 + 1 > 2.0**53)
print(-0.0 == 0.0, 0.0 < -0.0, 1 == 1.0, 2**31 == 2.0**31, 2**62 < 2**62 + 1, -(2**40) < -(2**39))
words = ["b", "a", "ab", "\U0001F600", "\uffff", "", "\ud7ff", "Z", "é"]
print(sorted(words))
print("\U0001F600" < "\uffff", "\U0001F600" > "\uffff", "a" < "ab", "b" > "ab", "" < "a", "abc" == "ab" + "c")
print(sorted([3, -1, 2**40, 2.5, -7, 0, -2**35]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0, "z", 1), (1, "a", 2.5)], key=lambda t: (len(t), t)))
print(sorted([(2, 1), (1, 2), (1, 1), (2,)]), sorted([5, 3, 9, 1], reverse=True))
print(sorted([[2, 1], [1, 2], [1]]), sorted(["b", "a", "c"], key=str.upper))
print(sorted([(1, nan), (1, 0.5), (0, nan)])[0])
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Key({self.v})"
print(sorted([Key(1), Key(3), Key(2)]), sorted([(1, Key(1)), (1, Key(2))]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(e)
