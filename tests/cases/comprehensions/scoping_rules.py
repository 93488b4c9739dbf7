x = "global x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)])


def func():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}, list(z * i for i in range(2))


print(func())


class Config:
    base = 3
    numbers = [n for n in range(base)]
    try:
        scaled = [n * base for n in range(2)]
    except NameError as err:
        scaled = f"NameError: {err}"


print(Config.numbers, Config.scaled)
data = [[1, 2], [3, 4]]
print([v for row in data for v in row], [sum(row) for row in data])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(lambda k: k * 2)(i) for i in range(3)])
