# Sorting lists of ints and tuples.
seed = 12345
data = []
for _ in range(200000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100000)
a = sorted(data)
b = sorted(data, reverse=True)
pairs = sorted([(x % 100, x) for x in data])
print(a[0], a[-1], b[0], pairs[0], pairs[-1])
