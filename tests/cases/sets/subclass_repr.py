# repr of set and frozenset subclasses, empty ones and recursive ones; frozenset(fs) is fs only for exact frozensets.
class S(set): pass
class F(frozenset): pass
s = S(); print(repr(s), repr(F()), S({1}), F({2}), set(), frozenset())
class H:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return "H" + repr(self.s)
x = set(); x.add(H(x)); print(x)
y = S(); y.add(H(y)); print(y)
print([S({3})], {1: F()})
f = frozenset({1}); print(frozenset(f) is f, F(f) is f, type(F(f)).__name__, F({1}) == frozenset({1}), hash(F({1})) == hash(frozenset({1})))
print(type(F({1}) | F({2})).__name__, sorted(F({1, 2})), F({1}).union({3}))
