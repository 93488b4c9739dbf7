data = [7, 3, 7, 1, 3, 3, 9, 1, 0, 7]
print(sorted(set(data)))
unique_in_order = []
seen = set()
for x in data:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order)
allowed = {1, 3, 5, 7, 9}
print([x for x in data if x in allowed], [x for x in data if x not in allowed])
visited = set()
stack = [0]
edges = {0: [1, 2], 1: [3], 2: [3, 4], 3: [0], 4: []}
order = []
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.add(node)
    order.append(node)
    stack.extend(edges[node])
print(order, sorted(visited))
print(len(set(range(1000)) & set(range(500, 1500))), len({i % 7 for i in range(1000)}))
a = [1, 2, 3, 4, 5, 6]
b = [4, 5, 6, 7, 8]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), sorted(set(b) - set(a)), sorted(set(a) ^ set(b)))
print([x for x in a if x in set(b)], len(set(a + b)), sorted(set(a).union(b)))
words_lengths = [len(w) for w in "to be or not to be that is the question".split()]
print(sorted(set(words_lengths)), max(set(words_lengths), key=words_lengths.count))
bits = {n for n in range(64) if (0xDEADBEEF >> n) & 1}
print(len(bits), min(bits), max(bits), sorted(bits)[:6])
