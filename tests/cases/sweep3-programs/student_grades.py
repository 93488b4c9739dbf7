# A gradebook: parsing records, statistics, letter grades and a formatted report.
records = """ann,math,91
bob,math,78
ann,physics,85
cid,math,64
bob,physics,88
cid,physics,59
dee,math,100
dee,physics,97""".splitlines()
grades = {}
for line in records:
    name, subject, score = line.split(",")
    grades.setdefault(name, {})[subject] = int(score)
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
print(f"{'Name':<6}|{'Math':>6}|{'Phys':>6}|{'Avg':>7}| Grade")
print("-" * 35)
for name in sorted(grades):
    g = grades[name]
    avg = sum(g.values()) / len(g)
    print(f"{name.title():<6}|{g['math']:>6}|{g['physics']:>6}|{avg:>7.2f}| {letter(avg)}")
subjects = sorted({s for g in grades.values() for s in g})
for s in subjects:
    scores = [g[s] for g in grades.values()]
    best = max(grades, key=lambda n: grades[n][s])
    print(f"{s}: mean={sum(scores) / len(scores):.1f} best={best} range={min(scores)}-{max(scores)}")
ranking = sorted(grades, key=lambda n: (-sum(grades[n].values()), n))
print("ranking:", ", ".join(f"{i}. {n}" for i, n in enumerate(ranking, 1)))
histogram = {}
for g in grades.values():
    for score in g.values():
        histogram[score // 10 * 10] = histogram.get(score // 10 * 10, 0) + 1
for bucket in sorted(histogram, reverse=True):
    print(f"{bucket:3d}-{bucket + 9:<3d} {'#' * histogram[bucket]}")
passed = {n for n, g in grades.items() if all(v >= 60 for v in g.values())}
print("all passed:", sorted(passed), "failed some:", sorted(set(grades) - passed))
