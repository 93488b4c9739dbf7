import itertools
import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, prime in enumerate(is_prime) if prime]


def primes():
    """Incremental sieve: an endless generator of primes."""
    composites = {}
    for candidate in itertools.count(2):
        if candidate not in composites:
            yield candidate
            composites[candidate * candidate] = [candidate]
        else:
            for p in composites.pop(candidate):
                composites.setdefault(candidate + p, []).append(p)


def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


print(sieve(60))
print(list(itertools.islice(primes(), 15)))
print(factorize(360), factorize(2 ** 31 - 1), factorize(600851475143))
print([n for n in range(10 ** 12, 10 ** 12 + 100) if is_probable_prime(n)])
