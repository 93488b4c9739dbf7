for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(-3, 3):
    print(i, end=",")
print()
print(list(range(5, -6, -5)), list(range(1, 2)), list(range(2, 1)), len(range(0, 100, 7)))
r = range(3, 20, 4)
print(r, list(r), r[0], r[-1], r[1:3], r.index(11), r.count(7), 15 in r, 16 in r, len(r))
print(range(10)[::2], range(10)[::-1], list(range(10)[::-3]), range(0) == range(2, 2))
total = 0
for n in range(1, 11):
    total += n * n
print(total)
for ch in "abc":
    print(ch.upper(), end="")
print()
for key in {"x": 1, "y": 2}:
    print(key, end=" ")
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, word in enumerate(["zero", "one", "two"]):
    print(i, word)
try:
    range(1, 2, 0)
except ValueError as err:
    print("ValueError:", err)
try:
    range(1.5)
except TypeError as err:
    print("TypeError:", err)
