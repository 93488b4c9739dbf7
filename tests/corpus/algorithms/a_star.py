import heapq

GRID = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    "........#G",
]


def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
            yield nr, nc


def find(ch):
    return next((r, row.index(ch)) for r, row in enumerate(GRID) if ch in row)


def a_star(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    came_from, cost = {start: None}, {start: 0}
    while open_heap:
        _, g, current = heapq.heappop(open_heap)
        if current == goal:
            break
        for nxt in neighbours(current):
            new_cost = g + 1
            if new_cost < cost.get(nxt, float("inf")):
                cost[nxt] = new_cost
                came_from[nxt] = current
                heapq.heappush(open_heap, (new_cost + h(nxt), new_cost, nxt))
    else:
        return None
    path, node = [], goal
    while node:
        path.append(node)
        node = came_from[node]
    return path[::-1]


path = a_star(find("S"), find("G"))
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print(len(path) - 1)
print("\n".join("".join(row) for row in canvas))
