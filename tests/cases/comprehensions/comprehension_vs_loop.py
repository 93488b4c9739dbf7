words = ["level", "python", "radar", "loop", "noon", "xyz"]
palindromes_loop = []
for w in words:
    if w == w[::-1]:
        palindromes_loop.append(w.upper())
palindromes_comp = [w.upper() for w in words if w == w[::-1]]
print(palindromes_loop, palindromes_comp, palindromes_loop == palindromes_comp)
lengths = {}
for w in words:
    lengths[w] = len(w)
print(lengths == {w: len(w) for w in words})
pairs = []
for i in range(3):
    for j in range(3):
        if i != j:
            pairs.append((i, j))
print(pairs == [(i, j) for i in range(3) for j in range(3) if i != j], len(pairs))
counts = [sum(1 for c in w if c in "aeiou") for w in words]
print(counts, sum(counts), max(zip(counts, words)))
matrix = [[1, 2, 3], [4, 5, 6]]
flat_loop = []
for row in matrix:
    for v in row:
        if v % 2:
            flat_loop.append(v * v)
print(flat_loop, [v * v for row in matrix for v in row if v % 2])
squares_set = set()
for n in range(-3, 4):
    squares_set.add(n * n)
print(sorted(squares_set), sorted({n * n for n in range(-3, 4)}))
gen_total = 0
for n in range(100):
    if n % 7 == 0:
        gen_total += n
print(gen_total, sum(n for n in range(100) if n % 7 == 0))
names = ["ann", "bob", "cy"]
ages = [31, 27, 45]
print({n: a for n, a in zip(names, ages)}, [f"{n}:{a}" for n, a in zip(names, ages) if a > 30])
