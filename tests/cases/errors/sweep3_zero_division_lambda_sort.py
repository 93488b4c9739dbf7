# ZeroDivisionError inside a sort key lambda.
data = [(3, 1), (4, 2), (5, 0)]
print(sorted(data[:2], key=lambda p: p[0] / p[1]))
print(sorted(data, key=lambda p: p[0] / p[1]))
