# Every itertools function: results, laziness and argument errors.
from itertools import *
import itertools

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(c, count(1, 2), repeat("x", 3), list(repeat(1, 3)), list(repeat(0, -2)), repeat(7))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2], [3])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])),
      list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)),
      list(islice("abc", None)), list(islice(range(10), 0, 6, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in (lambda: islice("a", -1), lambda: islice("a", 1, -1), lambda: islice("a", 0, 1, 0),
            lambda: islice("a", "x")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(list(pairwise("abcd")), list(pairwise("a")))
print(list(batched("abcdefg", 3)), list(batched([], 2)))
try:
    list(batched("abc", 2, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    batched("a", 0)
except ValueError as e:
    print("ValueError:", e)
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])), list(accumulate([], initial=0)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(range(10), key=lambda x: x // 4)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print([k for k, _ in groupby([])])
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("hi", 3)
print(list(x), list(y), list(z), tee("a", 0))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")), list(product()))
print(list(product("ab", [])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)))
for bad in (lambda: permutations("a", -1), lambda: combinations("a", -1),
            lambda: combinations_with_replacement("a", -1), lambda: product("a", repeat=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: cycle(5), lambda: zip_longest(1), lambda: pairwise(3), lambda: groupby(2),
            lambda: starmap(len, 3), lambda: accumulate(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
gen = chain(5)
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)
print(sum(1 for _ in permutations(range(6))), len(list(combinations(range(10), 4))))
for bad in (lambda: count("a"), lambda: count(1, "b")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(list(islice(count(1j, 1j), 2)))
