from itertools import islice, chain, groupby, tee, count, repeat, starmap, accumulate, product
def take(n, it): return list(islice(it, n))
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
def roundrobin(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x); yield x
def powerset(s):
    s = list(s)
    return chain.from_iterable(__import__("itertools").combinations(s, r) for r in range(len(s) + 1))
print(take(3, count(10, 3)), list(sliding(range(6), 3)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(powerset([1, 2, 3])))
print([k for k, _ in groupby("AAAABBBCCDAABBB")], [len(list(g)) for _, g in groupby("AAAABBBCCD")])
print(list(starmap(lambda a, b: a * b, zip(count(1), repeat(2, 4)))), list(accumulate(range(1, 6), lambda a, b: a * b)))
runs = [(k, sum(1 for _ in g)) for k, g in groupby(sorted("mississippi"))]
print(runs, max(runs, key=lambda kv: kv[1]))
print(["".join(p) for p in product("01", repeat=3)], sum(1 for _ in product(range(3), range(3)) if _[0] < _[1]))
