a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, {100})), sorted(a.intersection(b, {5})), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference(b)), sorted(a.union([8, 9])), sorted(a.intersection(range(3))))
print(a | set() == a, a & set(), a - a, a ^ a, (a | b) - (a & b) == a ^ b)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), len(evens | threes), len(evens ^ threes))
try:
    a | [1]
except TypeError as err:
    print("TypeError:", err)
print(sorted(a.union([1])), sorted({1, 2} | frozenset({3})), type(frozenset({1}) | {2}).__name__)
