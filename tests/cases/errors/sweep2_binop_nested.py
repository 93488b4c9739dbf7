def compute(a, b, c):
    return a * 2 + b / (c - c)
print("start")
total = 1 + compute(1, 2, 3)
