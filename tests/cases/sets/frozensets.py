f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset(range(3)) == {0, 1, 2}, hash(frozenset()) == hash(frozenset()))
try:
    f.add(4)
except AttributeError as err:
    print("AttributeError:", err)
groups = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(groups[frozenset({2, 1})], frozenset({3}) in groups)
print(sorted(f | {10}), sorted(f & {1, 5}), sorted(f - {1}), type(f | {10}).__name__, type({10} | f).__name__)
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(sorted(len(x) for x in nested))
g = f
g |= {4}
print(sorted(g), sorted(f), g is f)
