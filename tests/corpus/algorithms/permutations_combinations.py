import itertools


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i], *tail]


def power_set(items):
    return [[x for j, x in enumerate(items) if mask >> j & 1] for mask in range(1 << len(items))]


def next_permutation(seq):
    seq = list(seq)
    i = len(seq) - 2
    while i >= 0 and seq[i] >= seq[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(seq) - 1
    while seq[j] <= seq[i]:
        j -= 1
    seq[i], seq[j] = seq[j], seq[i]
    seq[i + 1:] = reversed(seq[i + 1:])
    return seq


print(list(permutations("abc")))
print(list(combinations([1, 2, 3, 4], 2)), power_set("xyz"))
assert [list(p) for p in itertools.permutations("abc")] == list(permutations("abc"))
p, count = [1, 2, 3], 1
while (p := next_permutation(p)) is not None:
    count += 1
print(count, list(itertools.product("ab", repeat=2)))
