def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


print(take(5, naturals()), take(3, naturals(10)), take(4, squares(evens(naturals()))))


def primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


p = primes()
print([next(p) for _ in range(15)])


def cycle(items):
    while True:
        yield from items


c = cycle("abc")
print("".join(next(c) for _ in range(8)))
log = []


def noisy(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i


consumer = (x * 10 for x in noisy(3))
log.append("created")
first = next(consumer)
log.append(f"consumed {first}")
print(log)


def repeat_each(it, n):
    for x in it:
        for _ in range(n):
            yield x


def limit(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(limit(repeat_each(naturals(1), 2), 7)))
counter = naturals()
for value in counter:
    if value > 3:
        break
print("resumes after break:", next(counter))


def powers_of(base):
    value = 1
    while True:
        yield value
        value *= base


print(list(limit(powers_of(2), 11)), list(limit(powers_of(10), 4)))
