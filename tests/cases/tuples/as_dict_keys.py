grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid, len(grid))
moves = {(0, 1): "right", (1, 0): "down", (0, -1): "left", (-1, 0): "up"}
pos = (1, 1)
for delta, name in moves.items():
    nxt = (pos[0] + delta[0], pos[1] + delta[1])
    print(name, nxt, grid.get(nxt))
pairs_seen = set()
for a, b in [(1, 2), (2, 1), (1, 2), (3, 3)]:
    pairs_seen.add((min(a, b), max(a, b)))
print(sorted(pairs_seen))
memo = {}


def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    result = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = result
    return result


print(paths(10, 10), len(memo))
nested_key = ((1, 2), (3, (4, 5)))
print({nested_key: "deep"}[((1, 2), (3, (4, 5)))])
