class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, point):
        r, c = point
        return 0 <= r < self.rows and 0 <= c < self.cols

    def neighbours(self, r, c):
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            if (r + dr, c + dc) in self:
                yield r + dr, c + dc


grid = Range2D(3, 4)
print(len(grid), list(grid)[:5], (2, 3) in grid, (3, 0) in grid)
print(list(grid.neighbours(0, 0)), list(grid.neighbours(1, 1)))
print(sum(1 for p in grid if sum(p) % 2 == 0), dict(zip(grid, range(3))))
