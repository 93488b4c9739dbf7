it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("ab")), list(iter(range(3))), iter(it) is it)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in [1, 2, 3]))
print(all(isinstance(x, int) for x in [1, 2, True]), any(c.isupper() for c in "hello World"))
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
