import itertools

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
    ("2024-02", "south", 95), ("2024-03", "north", 90), ("2024-03", "south", 130),
]
for month, rows in itertools.groupby(sales, key=lambda r: r[0]):
    print(month, sum(r[2] for r in rows))
print(list(itertools.accumulate(r[2] for r in sales)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain.from_iterable([[1, 2], (3,), "ab"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.repeat("x", 3)))
print(list(itertools.islice(itertools.cycle("RGB"), 7)), list(itertools.filterfalse(str.isdigit, "a1b2")))
a, b = itertools.tee(range(3))
print(list(a), list(b), next(itertools.count(10, 5)))
