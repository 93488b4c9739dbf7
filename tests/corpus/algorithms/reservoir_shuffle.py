import random


def reservoir_sample(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                sample[j] = item
    return sample


def fisher_yates(items, rng):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = rng.randint(0, i)
        items[i], items[j] = items[j], items[i]
    return items


rng = random.Random(42)
print(reservoir_sample(range(1000), 5, rng))
print(fisher_yates("abcdefgh", rng))
counts = [0] * 4
for _ in range(4000):
    counts[fisher_yates(range(4), rng).index(0)] += 1
print(all(800 < c < 1200 for c in counts))
