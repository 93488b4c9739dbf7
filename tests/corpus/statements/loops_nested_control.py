# Searching a grid with nested loops, flags and early exits.
grid = [
    [5, 1, 9, 3],
    [7, 2, 8, 6],
    [4, 0, 11, 10],
]

target = 8
found = None
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if cell == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)

# Row sums, skipping rows with zeros.
for row in grid:
    if 0 in row:
        continue
    print(sum(row), end="; ")
print()

# Counting with while and nested for.
steps = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

pairs = []
for i in range(4):
    j = 0
    while j < i:
        if (i + j) % 3 == 0:
            j += 1
            continue
        pairs.append((i, j))
        j += 1
print(pairs)
