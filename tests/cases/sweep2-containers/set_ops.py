a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 9]))
c = set(); c.add(5); c.update([6, 7], {8}); c.discard(100); c.remove(5); print(sorted(c), len(c))
try:
    c.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
c &= {6, 7, 100}; print(c); c |= {1}; print(sorted(c)); c -= {1}; print(c); c ^= {7, 8}; print(c)
fs = frozenset([3, 1, 2]); print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
print({x % 3 for x in range(10)}, set("aabbc") == {"a", "b", "c"}, sorted(set("hello")), set(), frozenset())
print({1, 2} == frozenset({1, 2}), {frozenset({1}): "x"}, {1, 1.0, True}, len({0, False, 0.0}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print(sorted({-1, 5, 3}), min({4, 2}), sum({1, 2, 3}), 2 in {1, 2}, [1] in [{1}] if False else "-")
d = {1, 2, 3}; e = d.copy(); e.add(4); print(d, e, d < e, d.issubset(e), e.issuperset(d))
print(repr(set()), repr(frozenset()), repr({(1, 2)}), set([(1, "a")]), frozenset({frozenset()}))
print(set(range(5)) - set(range(0, 10, 2)), {i for i in range(30) if i % 7 == 0})
