print([x * y for x in range(1, 4) for y in range(x)])
print([(x, y) for x in "ab" if x != "z" for y in (1, 2) if y != x])
print({x: [y for y in range(x)] for x in range(4)})
print([[r * 3 + c for c in range(3)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]; print([list(col) for col in zip(*m)], [v for row in m for v in row])
g = (x ** 2 for x in range(5)); print(next(g), list(g), list(g))
x = "outer"; l = [x for x in range(3)]; print(x, l)
print([y for y in [3, 1, 2] if (z := y * 2) > 2], z)
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals if w > v]
    except NameError as e:
        err = str(e)
print(A.doubled, getattr(A, "pairs", None), A.err)
print([i if i % 2 else -i for i in range(6)], [c.upper() for c in "hey" if c in "aeiouy"])
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])), [f() for f in [lambda i=i: i for i in range(3)]])
print([f() for f in [lambda: i for i in range(3)]])
print({len(w) for w in ["aa", "b", "cc"]}, {w: len(w) for w in ["x", "yy", "x"]})
print([*(i for i in range(3))], dict((i, chr(65 + i)) for i in range(3)))
nested = [[1, [2, 3]], [4]]
def flat(x):
    return [z for y in x for z in (flat(y) if isinstance(y, list) else [y])]
print(flat(nested))
