values = [[(y := 2) for x in range(2)] for y in range(3)]
