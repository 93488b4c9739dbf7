# sorted() and list.sort with keys, reverse=True, equal keys (stability), a
# user __lt__, floats and strs, at sizes around the merge sort's run length.
import random
random.seed(5)
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
    def __repr__(self): return "K(%r)" % (self.v,)
for n in [0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 300]:
    data = [random.randint(0, n // 3 + 1) for _ in range(n)]
    pairs = [(d, i) for i, d in enumerate(data)]
    a = sorted(pairs, key=lambda p: p[0])
    b = sorted(pairs, key=lambda p: p[0], reverse=True)
    c = sorted([K(d) for d in data], key=lambda k: k)
    fl = sorted([d * 0.5 for d in data], reverse=True)
    st = sorted(["s%d" % d for d in data])
    print(n, a == sorted(pairs, key=lambda p: (p[0], p[1])), b[:5], [k.v for k in c] == sorted(data), fl[:3], st[:3])
print(sorted(range(10), key=lambda x: -x))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("hello"))
l = list(range(200)); l.sort(); print(l[:3])
l = list(range(200, 0, -1)); l.sort(key=lambda x: x % 7); print(l[:10])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
# All-str and all-float keys (compared without asking each pair its types), surrogates included.
words = ["b", "a", "\U0001F600", "\uffff", "\ud800x", "ab", "", "\U0001F600a", "\ue000"] * 5
print([w.encode("unicode_escape") for w in sorted(words)][:12])
print(sorted(words, key=lambda w: w[::-1], reverse=True)[:6] == sorted(words, key=lambda w: w[::-1])[::-1][:6])
floats = [0.5, -1.0, float("inf"), 2.25, -0.0, 0.0, 1e300, -1e-300] * 3
print(sorted(floats), sorted(floats, reverse=True)[:4])
print(sorted([1.5, 1, 0.5, True]), sorted(["b", "a"], key=str.upper))
