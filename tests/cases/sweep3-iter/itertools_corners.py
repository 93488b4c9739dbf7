# itertools functions with edge inputs.
import itertools as it
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([])), list(it.accumulate("abc")), list(it.accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(it.batched("abcdefg", 3)), list(it.batched([], 2)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice("abc", 1, 2)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], [])), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)))
print(list(it.combinations("abcd", 3)), list(it.combinations("ab", 3)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
c = it.count(10, 5)
print([next(c) for _ in range(3)], list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(zip(*it.tee("ab", 3))))
print(list(map(len, it.repeat("ab", 2))), list(it.repeat(1, 0)), list(it.repeat(1, -1)))
for bad in [lambda: it.islice("abc", -1), lambda: it.batched("ab", 0), lambda: it.permutations("ab", -1), lambda: it.combinations("ab", -1),
            lambda: list(it.accumulate([1, "a"])), lambda: it.repeat(), lambda: it.count("a"), lambda: it.chain(1).__next__()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
grid = list(it.product(range(2), range(3)))
print(grid, sum(1 for _ in it.combinations(range(10), 3)))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})
g = it.groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.chain("ab", range(2), [None])), list(it.chain()))
running = list(it.accumulate(range(1, 6), lambda acc, x: acc + [x] if isinstance(acc, list) else [acc, x]))
print(running)
