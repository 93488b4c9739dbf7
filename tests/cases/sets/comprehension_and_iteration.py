squares = {n * n for n in range(-4, 5)}
print(sorted(squares), len(squares))
mods = {n % 5 for n in range(100)}
print(sorted(mods))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
primes = {n for n in range(2, 40) if all(n % d for d in range(2, n))}
print(sorted(primes), 37 in primes, 39 in primes)
total = 0
for n in {1, 2, 3}:
    total += n
print(total, sum({5, 5, 6}), max({3, 8, 1}), min({3, 8, 1}), sorted({9, 7, 8}, reverse=True))
seen, dupes = set(), set()
for n in [4, 2, 4, 9, 2, 2, 7]:
    (dupes if n in seen else seen).add(n)
print(sorted(seen), sorted(dupes))
print(sorted({x for x in range(10)} - {x for x in range(0, 10, 3)}))
