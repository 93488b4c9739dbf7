expected = {"bolt": 400, "nut": 350, "washer": 1200, "screw": 55, "rivet": 10}
counted = {"bolt": 398, "nut": 350, "washer": 1250, "screw": 55, "hinge": 4}

missing = sorted(expected.keys() - counted.keys())
unexpected = sorted(counted.keys() - expected.keys())
common = sorted(expected.keys() & counted.keys())
differences = {item: counted[item] - expected[item] for item in common if counted[item] != expected[item]}
print("missing:", missing)
print("unexpected:", unexpected)
print("differences:", differences)
shrinkage = -sum(d for d in differences.values() if d < 0)
surplus = sum(d for d in differences.values() if d > 0)
print(f"shrinkage={shrinkage} surplus={surplus} accuracy={1 - len(differences) / len(common):.0%}")
merged = {**expected, **{k: v for k, v in counted.items() if k not in expected}}
print(dict(sorted(merged.items())))
