def total(items):
    s = 0
    for x in items:
        s += x
    return s
print(total([1, 2, 3]))
print(total(42))
