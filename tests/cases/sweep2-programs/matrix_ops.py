def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
A = [[1, 2], [3, 4]]; B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), matmul(A, identity(2)) == A, det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(f"{v:>{w}}" for v in row))
show(matmul(B, B)); show(identity(3))
from fractions import Fraction
def inverse2(m):
    d = Fraction(det(m))
    return [[m[1][1] / d, -m[0][1] / d], [-m[1][0] / d, m[0][0] / d]]
print(inverse2(A))
print([[str(x) for x in r] for r in inverse2(A)])
M = [[i * 4 + j for j in range(4)] for i in range(4)]
print([M[i][i] for i in range(4)], [M[i][3 - i] for i in range(4)], [row[1:3] for row in M[1:3]])
print(list(map(sum, M)), list(map(sum, zip(*M))), max(max(r) for r in M))
