matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row if x != 5] for row in matrix])
print([sum(col) for col in zip(*matrix)], [max(row) for row in matrix])
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)
table = [[f"{r}{c}" for c in "ab"] for r in "12"]
print(table)
print([[[i, j, k] for k in range(2)] for i in range(2) for j in range(2) if i != j])
flat = [c for word in ["ab", "cd"] for c in word for _ in range(2)]
print(flat)
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
