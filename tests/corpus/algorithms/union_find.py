class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        result = {}
        for item in self.parent:
            result.setdefault(self.find(item), []).append(item)
        return sorted(sorted(g) for g in result.values())


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = [(w, a, b) for w, a, b in sorted(edges) if ds.union(a, b)]
    return tree, sum(w for w, _, _ in tree)


ds = DisjointSet(range(8))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6)]:
    ds.union(a, b)
print(ds.groups())
edges = [(4, "a", "b"), (1, "b", "c"), (3, "a", "c"), (2, "c", "d"), (5, "b", "d")]
print(kruskal("abcd", edges))
