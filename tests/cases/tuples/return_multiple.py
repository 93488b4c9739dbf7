def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var, min(values), max(values)


def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None


def split_name(full):
    first, _, last = full.partition(" ")
    return first, last or None


count, mean, var, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(count, mean, var, lo, hi)
print(stats([1]))
for a, b in [(10, 2), (1, 0)]:
    value, error = divide(a, b)
    print(value, error)
print(split_name("Ada Lovelace"), split_name("Plato"))
result = stats([3, 3])
print(result[1:3], len(result), type(result).__name__)
