def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


def rotate(grid):
    return [list(row) for row in zip(*grid[::-1])]


def show(grid):
    width = len(str(max(map(max, grid))))
    return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in grid)


g = spiral(5)
print(show(g))
print()
print(show(rotate(g)))
print(sum(g[i][i] for i in range(5)), sum(g[i][4 - i] for i in range(5)))
