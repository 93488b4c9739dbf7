from functools import partial, reduce


def compose(*fns):
    return reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), fns)


words = "the Quick brown FOX jumps over the lazy dog".split()
normalise = compose(str.strip, str.lower)
first_letters = compose("".join, partial(map, lambda w: w[0]))
count_long = compose(len, list, partial(filter, lambda w: len(w) > 3))
print([normalise(w) for w in words], first_letters(words), count_long(words))
add = lambda a: lambda b: a + b
print(list(map(add(10), range(3))), compose(add(1), add(2), int)("39"))
