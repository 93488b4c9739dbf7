words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

lengths = [len(w) for w in words]
long_upper = [w.upper() for w in words if len(w) > 4 if "e" in w]
flat = [x for row in matrix for x in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2]
by_initial = {w[0]: w for w in words}
lengths_set = {len(w) % 3 for w in words}
inverted = {v: k for k, v in enumerate(words) if k % 2 == 0}
gen_total = sum(x for row in matrix for x in row if x % 2)
conditional = [x if x % 2 else -x for x in range(6)]
nested_dict = {r: {c: r * c for c in range(3)} for r in range(2)}
walrus_comp = [clean for w in words if (clean := w.strip("a")) != w]
iterable_of_gens = [list(x * k for x in range(3)) for k in range(1, 3)]
first_letters = "".join(sorted({w[0] for w in words}))

print(lengths, long_upper, flat, transposed, pairs, sep="\n")
print(sorted(by_initial.items()), sorted(lengths_set), inverted)
print(gen_total, conditional, nested_dict, walrus_comp, iterable_of_gens, first_letters)
print(next(w for w in words if w.startswith("c")), any(len(w) > 8 for w in words))


class Scoping:
    factor = 3
    scaled = [n * 2 for n in range(factor)]
    names = [n for n in ["x", "y"]]


print(Scoping.scaled, Scoping.names)
