matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
print([x if x % 2 else -x for x in range(5)])
print([y for x in [[1, 2], [3]] for y in x])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([(x, y) for x in range(3) for y in range(x)])
print(sum(x * x for x in range(4)), "".join(c.upper() for c in "abc" if c != "b"))
x = 10
print([x for x in range(3)], x)
print([n for n in range(20) if n % 2 == 0 if n % 3 == 0])
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=lambda w: w.lower()), {w[0].lower(): w for w in words})
print([i for i in range(5)][::-1], [[0] * 2 for _ in range(2)])
print(list(filter(lambda w: len(w) > 5, words)), [len(w) for w in words])
print([(lambda n: n * 2)(i) for i in range(3)])
nested = [[1, [2, 3]], [4]]
def flatten(l):
    return [y for x in l for y in (flatten(x) if isinstance(x, list) else [x])]
print(flatten(nested))
print(dict((k, v) for k, v in [("a", 1)]), sorted(set(c for c in "hello")), tuple(i for i in range(3)))
print([walrus for i in range(5) if (walrus := i * 2) > 4])
print(walrus)
