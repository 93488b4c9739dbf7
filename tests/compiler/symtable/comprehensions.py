data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
mapping = {k: v for k, v in zip(data, data)}
gen = (x for x in data)
nested = [[y for y in range(x)] for x in data]
product = [(x, y) for x in data for y in data if x != y]
funcs = [lambda: x for x in data]
total = [last := x for x in data]

def in_function(items):
    seen = 0
    result = [seen + item for item in items]
    captured = [lambda: item for item in items]
    walrus = [(found := item) for item in items if item]
    genexp = sum(item for item in items)
    return result, captured, walrus, genexp, found

def outer_cell():
    y = 1
    values = [y for _ in range(3)]
    fns = [lambda: y for _ in range(3)]
    return values, fns

def comp_shadows_param(x):
    return [x for x in x]

def genexp_free():
    base = 10
    return list(base + i for i in range(3))

def nested_walrus():
    return [[(inner := j) for j in range(i)] for i in range(3)], inner
