i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
gen = (i for i in range(2))
print(list(gen), i)
x = 5
print([x + j for j in range(3)], {j: x for j in range(2)}, {x * j for j in range(2)})


def in_function():
    n = 10
    return [n + k for k in range(2)], [[n + a + b for a in range(2)] for b in range(2)]


print(in_function())
data = [[1, 2], [3]]
print([v for sub in data for v in sub], [len(sub) for sub in data])
try:
    [undefined_var for _ in range(1)]
except NameError as err:
    print("NameError:", err)
print([(lambda: k)() for k in range(3)])
