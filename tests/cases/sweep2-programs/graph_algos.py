from collections import deque
import heapq
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def bfs(g, s):
    seen, order, q = {s}, [], deque([s])
    while q:
        n = q.popleft(); order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
def dfs(g, s, seen=None):
    seen = seen if seen is not None else []
    seen.append(s)
    for m in g[s]:
        if m not in seen: dfs(g, m, seen)
    return seen
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]; prev = {}
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]: continue
        for m, w in g[n].items():
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd; prev[m] = n; heapq.heappush(pq, (nd, m))
    return dist, prev
print(bfs(graph, "A"), dfs(graph, "A"))
dist, prev = dijkstra(graph, "A"); print(dict(sorted(dist.items())))
path, n = [], "F"
while n != "A":
    path.append(n); n = prev[n]
print("->".join(["A"] + path[::-1]))
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]: indeg[m] += 1
    q = deque(sorted(n for n in g if indeg[n] == 0)); out = []
    while q:
        n = q.popleft(); out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0: q.append(m)
    return out
print(topo(graph))
grid = ["S.#.", "..#.", "...E"]
def solve(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q, seen = deque([(start, 0)]), {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E": return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
print(solve(grid))
