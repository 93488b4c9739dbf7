import copy
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False, "tags": ("a", "b")}
shallow = copy.copy(config); deep = copy.deepcopy(config)
config["db"]["ports"].append(9999)
print(shallow["db"]["ports"], deep["db"]["ports"], shallow is config, shallow["db"] is config["db"], deep["db"] is config["db"])
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj
for p, v in walk(config):
    print(f"{p} = {v!r}")
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge(config, {"db": {"host": "remote", "user": "x"}, "debug": True}))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid, [row[:] for row in grid] == grid, list(map(list, zip(*grid[::-1]))))
people = [{"name": "A", "age": 30, "city": "X"}, {"name": "B", "age": 25, "city": "Y"}, {"name": "C", "age": 35, "city": "X"}]
by_city = {}
for p in people:
    by_city.setdefault(p["city"], []).append(p["name"])
print(by_city, {c: sum(p["age"] for p in people if p["city"] == c) / len(n) for c, n in by_city.items()})
print(sorted(people, key=lambda p: p["age"])[0]["name"], [p["name"] for p in people if p["age"] > 26])
