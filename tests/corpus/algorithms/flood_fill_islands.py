MAP = """
11000011
11000001
00100000
00011100
10000100
"""


def parse(text):
    return [list(map(int, line)) for line in text.split()]


def count_islands(grid):
    grid = [row[:] for row in grid]
    rows, cols = len(grid), len(grid[0])
    sizes = []

    def fill(r, c):
        stack, size = [(r, c)], 0
        while stack:
            r, c = stack.pop()
            if 0 <= r < rows and 0 <= c < cols and grid[r][c] == 1:
                grid[r][c] = 0
                size += 1
                stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
        return size

    for r in range(rows):
        for c in range(cols):
            if grid[r][c]:
                sizes.append(fill(r, c))
    return len(sizes), sorted(sizes, reverse=True)


print(count_islands(parse(MAP)))
