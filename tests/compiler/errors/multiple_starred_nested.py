for *a, b, *c in [[1, 2, 3]]:
    pass
