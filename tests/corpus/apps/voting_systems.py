from collections import Counter

BALLOTS = [
    ["alice", "bob", "carol"], ["alice", "carol", "bob"], ["bob", "carol", "alice"],
    ["carol", "bob", "alice"], ["carol", "bob", "alice"], ["bob", "alice", "carol"],
    ["carol", "alice", "bob"], ["alice", "bob", "carol"], ["bob", "carol", "alice"],
]


def plurality(ballots):
    return Counter(b[0] for b in ballots).most_common()


def instant_runoff(ballots):
    remaining = {c for b in ballots for c in b}
    rounds = []
    while True:
        counts = Counter(next(c for c in b if c in remaining) for b in ballots)
        rounds.append(dict(sorted(counts.items())))
        leader, votes = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if votes * 2 > len(ballots):
            return leader, rounds
        loser = min(remaining, key=lambda c: (counts.get(c, 0), c))
        remaining.remove(loser)


def borda(ballots):
    scores = Counter()
    for b in ballots:
        for points, candidate in enumerate(reversed(b)):
            scores[candidate] += points
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def condorcet(ballots):
    candidates = sorted({c for b in ballots for c in b})
    for c in candidates:
        if all(sum(b.index(c) < b.index(o) for b in ballots) * 2 > len(ballots) for o in candidates if o != c):
            return c
    return None


print(plurality(BALLOTS))
print(instant_runoff(BALLOTS))
print(borda(BALLOTS), condorcet(BALLOTS))
