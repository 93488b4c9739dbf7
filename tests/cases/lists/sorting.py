nums = [5, -2, 9, 0, 3, 3, -7, 12]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)))
words = ["banana", "Apple", "cherry", "apple", "fig", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
by_age = sorted(by_name, key=lambda r: r[1])
print(by_age)
xs = [3, 1, 2]
result = xs.sort()
print(result, xs)
xs.sort(key=lambda v: -v)
print(xs)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "x", 1: "y"}), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as err:
    print("TypeError:", err)
try:
    [3, None, 1].sort()
except TypeError as err:
    print("TypeError:", err)
print(sorted([0.5, 1, True, -1.5, False]), sorted([], reverse=True))
