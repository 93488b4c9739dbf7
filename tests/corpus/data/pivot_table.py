from collections import defaultdict

grades = [
    ("ann", "math", 91), ("ann", "art", 78), ("ann", "history", 85),
    ("bob", "math", 67), ("bob", "history", 72),
    ("cy", "math", 88), ("cy", "art", 95), ("cy", "history", 60),
]

table = defaultdict(dict)
for student, subject, score in grades:
    table[student][subject] = score
subjects = sorted({s for _, s, _ in grades})
print(f"{'':<6}" + "".join(f"{s:>9}" for s in subjects) + f"{'avg':>8}")
for student in sorted(table):
    row = table[student]
    cells = "".join(f"{row.get(s, '-'):>9}" for s in subjects)
    avg = sum(row.values()) / len(row)
    print(f"{student:<6}{cells}{avg:>8.1f}")
best = {s: max((table[st].get(s, -1), st) for st in table)[1] for s in subjects}
print(best)
