xs = []
for i in range(20):
    xs.append(i * i)
    if i % 5 == 4:
        print(len(xs), xs[-5:])
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
for row in grid:
    print("".join(row))
pattern = [0, 1] * 4
print(pattern, pattern.count(1), len(pattern))
big = [None] * 1000
big[-1] = "last"
print(len(big), big[0], big[999], big.index("last"))
triangle = [[1]]
for n in range(1, 7):
    prev = triangle[-1]
    triangle.append([1] + [prev[k] + prev[k + 1] for k in range(n - 1)] + [1])
for row in triangle:
    print(" ".join(map(str, row)).center(24))
