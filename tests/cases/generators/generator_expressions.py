gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "bbb", "cc"]))
print(list(x + y for x in "ab" for y in "12"), tuple(c.upper() for c in "xyz"))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), min((x for x in [4, 2, 8]), default=None))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
x = 10
lazy = (x + i for i in range(3))
x = 100
print(list(lazy))
source = [1, 2, 3]
g = (s * 2 for s in source)
source.append(4)
print(list(g))
source2 = [1, 2, 3]
g2 = (s for s in source2)
source2 = [9, 9]
print(list(g2))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
print(dict((k, len(k)) for k in ["one", "three"]), "-".join(str(i) for i in range(4)))
