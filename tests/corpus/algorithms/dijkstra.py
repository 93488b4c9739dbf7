import heapq
import math


def dijkstra(graph, source):
    dist = {node: math.inf for node in graph}
    prev = {}
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for neighbour, weight in graph[node].items():
            candidate = d + weight
            if candidate < dist[neighbour]:
                dist[neighbour] = candidate
                prev[neighbour] = node
                heapq.heappush(heap, (candidate, neighbour))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


roads = {
    "home": {"park": 2, "shop": 5},
    "park": {"shop": 1, "school": 7},
    "shop": {"school": 3, "office": 9},
    "school": {"office": 2},
    "office": {},
    "island": {},
}
distances, previous = dijkstra(roads, "home")
for place in sorted(distances, key=distances.get):
    print(f"{place:>7}: {distances[place]}")
print(" -> ".join(path_to(previous, "office")))
