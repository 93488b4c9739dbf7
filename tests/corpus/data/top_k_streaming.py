import heapq
import random
from collections import Counter

rng = random.Random(99)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
weights = [30, 5, 20, 1, 12, 8, 16, 3]
stream = rng.choices(words, weights=weights, k=2000)

counts = Counter(stream)
print(counts.most_common(3))
print(heapq.nlargest(3, counts.items(), key=lambda kv: kv[1]))


class MisraGries:
    """Approximate heavy hitters with k counters."""

    def __init__(self, k):
        self.k = k
        self.counters = {}

    def add(self, item):
        if item in self.counters:
            self.counters[item] += 1
        elif len(self.counters) < self.k - 1:
            self.counters[item] = 1
        else:
            for key in list(self.counters):
                self.counters[key] -= 1
                if self.counters[key] == 0:
                    del self.counters[key]


mg = MisraGries(4)
for w in stream:
    mg.add(w)
print(sorted(mg.counters), set(mg.counters) <= set(words))
