counts = {}
for key in ["a", "b", ["c"]]:
    counts[key] = counts.get(key, 0) + 1
    print(counts)
