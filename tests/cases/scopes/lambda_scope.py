x = 1
f = lambda: x
x = 2
print(f())
g = lambda x=x: x
x = 3
print(g(), g(10))


def make():
    y = "captured"
    return lambda: y


print(make()())
adders = [lambda n, k=k: n + k for k in range(3)]
print([a(10) for a in adders])
h = lambda: (z := 5) + z
print(h())
outer_val = "outer"
nested = lambda: (lambda: outer_val)()
print(nested())
