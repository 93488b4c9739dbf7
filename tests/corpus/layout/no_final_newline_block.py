values = [3, 1, 2]
for v in sorted(values):
    if v > 1:
        print(v)