def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print([n for n in range(50) if is_prime(n)])
print({n: len(collatz(n)) for n in range(1, 11)})
print([collatz(n)[-3:] for n in (6, 7, 8)])
print(max((len(collatz(n)), n) for n in range(1, 100)))
print([[p for p in range(n) if is_prime(p)] for n in (5, 10, 15)])
squares = {n * n for n in range(20)}
print([n for n in range(50) if n in squares], sum(1 for n in range(100) if is_prime(n)))
