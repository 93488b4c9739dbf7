# Comprehension scoping, nested comprehensions, walrus and conditional forms.
x = "outer"
print([x for x in range(3)], x)
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)], [a * b for a, b in zip([1, 2], [3, 4])])
print({c for c in "hello world" if c.isalpha()} == set("helowrd"), sorted({len(w) for w in "a bb ccc dd".split()}))
print(["even" if n % 2 == 0 else "odd" for n in range(4)], [n for n in range(20) if n % 2 if n % 3])
data = [5, 12, 7, 20, 3]
print([y for v in data if (y := v * 2) > 10], y)
total = 0
print([total := total + v for v in data], total)
class K:
    base = 10
    vals = [base + i for i in range(2)] if False else None
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(K.err)
class K2:
    base = 10
    ok = [i for i in range(base)]
print(K2.ok[-1])
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: f() for k, f in funcs.items()})
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(len(s) for s in nested), max((len(s), i) for i, s in enumerate(nested)), [s[0] for s in nested if s])
g = (n * n for n in range(4))
print(sum(g), sum(g))
print(list(zip(*[(i, chr(97 + i)) for i in range(3)])))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), {v: k for k, v in {"a": 1, "b": 2}.items()})
print([i for i in range(3) for i in range(i)])
pairs = [(i, j) for i in range(4) for j in range(i + 1, 4) if (i + j) % 2]
print(pairs)
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words if len(w) > 3}, sorted({w[0] for w in words}))
print([[c for c in w if c in "aeiou"] for w in words[:4]])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print(list(map(lambda row: [c * 2 for c in row], [[1], [2, 3]])))
flag = [n for n in range(10) if n > 4 and n % 2 == 0 or n == 1]
print(flag)
