data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted(("b", "a")), sorted({3: "x", 1: "y"}), sorted(x % 4 for x in range(8)))
print(sorted(["bb", "a", "ccc"], key=len), sorted([-3, 1, -2], key=abs), sorted([[2, 1], [1, 2]]))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed([])), "".join(reversed("stressed")))
rev = reversed([1, 2, 3])
print(next(rev), list(rev), list(rev))
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
try:
    sorted([1, 2], key=1)
except TypeError as err:
    print("TypeError:", err)
