def ratios(pairs):
    return {k: a / b for k, (a, b) in pairs.items()}
print(ratios({"x": (1, 2)}))
print(ratios({"x": (1, 2), "y": (3, 0)}))
