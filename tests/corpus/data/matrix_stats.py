readings = [
    [21.5, 22.0, 21.8, 23.1, 22.9],
    [19.2, 19.8, 20.5, 20.1, 19.9],
    [25.0, 24.1, 26.3, 25.5, 24.8],
]
sensors = ["kitchen", "cellar", "attic"]
row_means = [sum(r) / len(r) for r in readings]
col_means = [sum(c) / len(c) for c in zip(*readings)]
overall = sum(map(sum, readings)) / sum(map(len, readings))
for name, r, m in zip(sensors, readings, row_means):
    spread = max(r) - min(r)
    print(f"{name:<8} mean={m:6.2f} spread={spread:5.2f} trend={'up' if r[-1] > r[0] else 'down'}")
print("by hour:", [round(m, 2) for m in col_means], "overall:", round(overall, 3))
hottest = max(((v, sensors[i], j) for i, r in enumerate(readings) for j, v in enumerate(r)))
print("hottest reading:", hottest)
normalised = [[round((v - overall) / overall, 3) for v in r] for r in readings]
print(normalised[0])
