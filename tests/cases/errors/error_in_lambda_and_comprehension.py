scale = lambda values, factor: [v / factor for v in values]
print(scale([2, 4], 2))
print(scale([2, 4], 0))
