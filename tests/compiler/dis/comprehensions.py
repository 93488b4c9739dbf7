squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
table = {k: v for k, v in pairs if v}
gen = (x for x in data)
nested = [(a, b) for a in range(3) for b in range(a) if a != b]
matrix = [[row * col for col in range(3)] for row in range(3)]
temp = [y for x in data for y in [x * 2]]
walrus = [last := x for x in data]

def in_function(items, factor):
    scaled = [item * factor for item in items]
    captured = [lambda: item for item in items]
    found = [(hit := item) for item in items if item]
    total = sum(item for item in items)
    return scaled, captured, found, total, hit

def shadowing(x):
    return [x for x in x]

def closure_in_comp():
    base = 10
    return [lambda: base + i for i in range(3)]

class InClass:
    base = 2
    values = [base for _ in range(3)]
    pairs = {k: base for k in range(2)}
