class C:
    values = [(z := x) for x in range(3)]
