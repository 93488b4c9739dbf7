data = [5, -3, 12, 0, 7, -3]
print(min(data), max(data), min(data, key=abs), max(data, key=lambda n: n % 5))
print(min("hello"), max("hello"), min("b", "a", "c"), max(3, 9, 1), min([[], [0]]), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), min([1], default=9))
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
try:
    min([])
except ValueError as err:
    print("ValueError:", err)
try:
    max()
except TypeError as err:
    print("TypeError:", err)
