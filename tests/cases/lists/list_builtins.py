xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(xs), sum(xs), min(xs), max(xs), sorted(xs), list(reversed(xs)))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), xs.count(1), 4 in xs)
print(list(enumerate(xs[:3])), list(enumerate(xs[:3], 1)), list(zip(xs, "abc")))
print(list(map(lambda x: x * 10, xs)), list(filter(lambda x: x % 2, xs)))
print(sum(xs, 100), sum([[1], [2]], []), sum([0.5, 0.25]), max(xs, key=lambda x: -x))
print(list(range(0)), list(range(3, 0, -1)), [*xs[:2], *"ab"], list(iter(xs))[:2])
it = iter(xs)
print(next(it), next(it), list(it))
print(xs.__class__.__name__, isinstance(xs, list), type([]) is list, list.__name__)
print(min([], default="empty"), max([], default=None), sorted([], key=len))
try:
    min([])
except ValueError as err:
    print("ValueError:", err)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as err:
    print("TypeError:", err)
