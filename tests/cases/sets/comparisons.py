a, b, c = {1, 2}, {1, 2, 3}, {1, 2}
print(a < b, a <= b, b > a, b >= a, a < c, a <= c, a == c, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b), set() <= a, set() < set())
print({1, 2} < {2, 3}, {1, 2} > {2, 3}, {1, 2} == {2, 1}, {1} == frozenset({1}), {1} != {1.0})
print(a.issubset([1, 2, 5]), a.issuperset(range(2)), set() == frozenset())
sets = [{1, 2, 3}, {1}, {1, 2}, set(), {2}]
print(sorted(sets, key=len), [sorted(s) for s in sets if s <= {1, 2}])
print(max([{1}, {1, 2}], key=len), min([{3, 4, 5}, {9}], key=len))
