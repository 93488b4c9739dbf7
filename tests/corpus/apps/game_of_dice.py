import random
from collections import Counter


def roll(rng, dice=5):
    return sorted(rng.randint(1, 6) for _ in range(dice))


def score(hand):
    counts = sorted(Counter(hand).values(), reverse=True)
    if counts[0] == 5:
        return "yahtzee", 50
    if counts[0] == 4:
        return "four of a kind", sum(hand)
    if counts[:2] == [3, 2]:
        return "full house", 25
    if set(hand) in ({1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}):
        return "large straight", 40
    if any({*range(s, s + 4)} <= set(hand) for s in (1, 2, 3)):
        return "small straight", 30
    if counts[0] == 3:
        return "three of a kind", sum(hand)
    return "chance", sum(hand)


rng = random.Random(7)
tally = Counter()
for turn in range(200):
    name, points = score(roll(rng))
    tally[name] += 1
for name, n in sorted(tally.items(), key=lambda kv: -kv[1]):
    print(f"{name:<16}{n:>4}")
print(score([3, 3, 3, 3, 3]), score([1, 2, 3, 4, 6]), score([2, 2, 5, 5, 5]))
