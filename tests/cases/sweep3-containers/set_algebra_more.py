# set and frozenset operations, methods with multiple arguments, and errors.
a, b, c = {1, 2, 3, 4}, {3, 4, 5}, {4, 5, 6, 7}
print(sorted(a | b | c), sorted(a & b & c), sorted(a - b - c), sorted(a ^ b ^ c))
print(sorted(a.union(b, c, [8])), sorted(a.intersection(b, [4, 9])), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3, 6))))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= {5}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(c - {4}))
x = set()
x.add(3); x.update([1, 2], (5,), "ab")
print(sorted(x, key=str))
x.discard(99); x.discard("a"); x.remove("b")
print(sorted(x))
x.intersection_update({1, 2, 3, 10}, [1, 3])
print(x)
x.difference_update([3])
print(x)
x.symmetric_difference_update({1, 9})
print(x)
x |= {4}; x &= {4, 9, 0}; x -= {0}; x ^= {7}
print(sorted(x))
fs = frozenset([3, 1, 2])
print(fs, type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.union([1])).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
print({fs: "key"}[frozenset([1, 2, 3])], fs == {1, 2, 3}, {1, 2} == frozenset({1, 2}))
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}), {None, None})
s = {1, 2, 3}
p = s.pop()
print(p in {1, 2, 3}, len(s))
s.clear()
print(s, set(), frozenset(), repr(set()), bool(s))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: set([{}]), lambda: {1} + {2},
            lambda: frozenset().add(1), lambda: {1} < [1], lambda: {1}.union(5), lambda: {1} | [2], lambda: hash({1}),
            lambda: {1}.issubset(3), lambda: set([1])[0]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), sorted(evens ^ threes)[-3:])
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in sorted(by_letter.items())})
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
print(min({5, 3, 9}), max(frozenset("xyz")), sum({1, 2, 3}), sorted({-1, 1}, key=abs))
