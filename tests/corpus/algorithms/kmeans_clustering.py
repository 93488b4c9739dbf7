import math
import random


def distance(a, b):
    return math.dist(a, b)


def centroid(points):
    return tuple(sum(c) / len(points) for c in zip(*points))


def kmeans(points, k, rng, iterations=20):
    centres = rng.sample(points, k)
    for _ in range(iterations):
        clusters = [[] for _ in range(k)]
        for p in points:
            nearest = min(range(k), key=lambda i: distance(p, centres[i]))
            clusters[nearest].append(p)
        new_centres = [centroid(c) if c else centres[i] for i, c in enumerate(clusters)]
        if new_centres == centres:
            break
        centres = new_centres
    return centres, clusters


rng = random.Random(8)
blobs = [(0, 0), (10, 10), (0, 10)]
points = [(x + rng.gauss(0, 1), y + rng.gauss(0, 1)) for x, y in blobs for _ in range(20)]
centres, clusters = kmeans(points, 3, rng)
for c, members in sorted(zip(centres, clusters)):
    print(tuple(round(v) for v in c), len(members))
