from collections import defaultdict, deque


def kahn(dependencies):
    indegree = defaultdict(int)
    users = defaultdict(list)
    nodes = set(dependencies)
    for node, deps in dependencies.items():
        for dep in deps:
            users[dep].append(node)
            indegree[node] += 1
            nodes.add(dep)
    ready = deque(sorted(n for n in nodes if indegree[n] == 0))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for user in sorted(users[node]):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
    if len(order) != len(nodes):
        raise ValueError("cycle detected")
    return order


def dfs_order(dependencies):
    state, order = {}, []

    def visit(node):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError(f"cycle through {node}")
        state[node] = "active"
        for dep in sorted(dependencies.get(node, ())):
            visit(dep)
        state[node] = "done"
        order.append(node)

    for node in sorted(dependencies):
        visit(node)
    return order


build = {
    "app": ["lib", "config"],
    "lib": ["core"],
    "config": ["core"],
    "tests": ["app"],
}
print(kahn(build))
print(dfs_order(build))
try:
    kahn({"a": ["b"], "b": ["a"]})
except ValueError as err:
    print("error:", err)
