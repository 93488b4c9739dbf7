for x in range(3):
    a if x else b = 1
