def unique_paths(grid):
    rows, cols = len(grid), len(grid[0])
    paths = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                continue
            if r == 0 and c == 0:
                paths[r][c] = 1
                continue
            up = paths[r - 1][c] if r else 0
            left = paths[r][c - 1] if c else 0
            paths[r][c] = up + left
    return paths[-1][-1]


def min_path_sum(costs):
    rows, cols = len(costs), len(costs[0])
    best = [row[:] for row in costs]
    for r in range(rows):
        for c in range(cols):
            if r == c == 0:
                continue
            candidates = []
            if r:
                candidates.append(best[r - 1][c])
            if c:
                candidates.append(best[r][c - 1])
            best[r][c] += min(candidates)
    return best[-1][-1]


def longest_increasing_subsequence(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


maze = ["....", ".#..", "...#", "#..."]
print(unique_paths(maze))
print(min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]]))
print(longest_increasing_subsequence([10, 9, 2, 5, 3, 7, 101, 18]))
