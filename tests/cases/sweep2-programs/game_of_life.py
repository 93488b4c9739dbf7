def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, rows=6, cols=6):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))
    print()
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = glider
for gen in range(4):
    print("gen", gen, "cells", len(g), "bbox", (min(r for r, _ in g), min(c for _, c in g)))
    show(g)
    g = step(g)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))
