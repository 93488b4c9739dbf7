# itertools from src/lib.
import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, product, permutations, combinations
print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.filterfalse(None, [0, 1, "", "x"])), [list(t) for t in itertools.tee("ab", 2)])
print(list(itertools.batched(range(7), 3)))
