matrix = [[1, 2], [3, 0]]
print([[10 // v for v in row] for row in matrix[:1]])
inverted = [[10 // v for v in row] for row in matrix]
