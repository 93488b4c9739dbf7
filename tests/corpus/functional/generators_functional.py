def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def naturals(start=1):
    while True:
        yield start
        start += 1


def mapped(fn, iterable):
    for x in iterable:
        yield fn(x)


def filtered(pred, iterable):
    return (x for x in iterable if pred(x))


def window(iterable, size):
    buffer = []
    for x in iterable:
        buffer.append(x)
        if len(buffer) > size:
            buffer.pop(0)
        if len(buffer) == size:
            yield tuple(buffer)


pipeline = take(5, mapped(lambda n: n * n, filtered(lambda n: n % 3 == 0, naturals())))
print(list(pipeline))
print(list(window("abcdef", 3)), list(take(3, "ab")))
