import itertools


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def triangle_numbers():
    total = 0
    for n in itertools.count(1):
        total += n
        yield total


def look_and_say(seed="1"):
    while True:
        yield seed
        seed = "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(seed))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(itertools.islice(primes(), 20)))
print(next(t for t in triangle_numbers() if t > 1000))
print(list(itertools.islice(look_and_say(), 8)))
print(list(collatz(27))[:10], sum(1 for _ in collatz(97)))
