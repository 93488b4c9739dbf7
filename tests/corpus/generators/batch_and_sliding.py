from itertools import islice


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def sliding(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print(list(batched(range(10), 4)), list(batched("", 3)))
print(list(sliding([1, 2, 3, 4, 5], 3)), list(sliding([1], 2)))
print(list(interleave("abc", [1, 2], (True,))))
