# Chained assignment shares one object between every target.
a = b = c = 0
x = y = []
x.append(1)
print(a, b, c, x, y, x is y)

# Targets may be attributes and subscripts in the same chain.
class Box:
    pass

box = Box()
grid = [[0] * 3 for _ in range(3)]
box.value = grid[1][2] = total = 42
print(box.value, grid, total)

# Tuple targets in a chain.
first, second = pair = (10, 20)
print(first, second, pair)

key = registry = None
registry = {}
registry["a"] = registry["b"] = len(registry)
print(sorted(registry.items()))
