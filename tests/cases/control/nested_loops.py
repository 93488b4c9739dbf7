for i in range(1, 4):
    row = []
    for j in range(1, 6):
        row.append(f"{i * j:3}")
    print("".join(row))
pairs = []
for a in "ab":
    for b in "xy":
        for c in (1, 2):
            pairs.append(f"{a}{b}{c}")
print(pairs)
size = 5
for r in range(size):
    print(" " * (size - r - 1) + "*" * (2 * r + 1))
count = 0
for x in range(5):
    for y in range(x):
        count += 1
print("triangle count", count)
grid = [[(r, c) for c in range(3)] for r in range(2)]
for row in grid:
    for r, c in row:
        print(r * 10 + c, end=" ")
    print()
