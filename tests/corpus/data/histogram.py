import random

rng = random.Random(1234)
values = [rng.gauss(50, 12) for _ in range(500)]
lo, hi, bins = 0, 100, 10
counts = [0] * bins
for v in values:
    index = min(max(int((v - lo) / (hi - lo) * bins), 0), bins - 1)
    counts[index] += 1
scale = 40 / max(counts)
for i, count in enumerate(counts):
    start = lo + i * (hi - lo) // bins
    print(f"{start:>3}-{start + 9:<3} {'█' * round(count * scale):<40} {count}")
print(sum(counts) == len(values))
