f = lambda x, y=2, *rest, key=None, **kw: (x, y, rest, key, kw)
g = lambda: lambda: g
h = lambda a: (lambda b: a + b)

def uses_lambda(scale):
    return sorted([3, 1, 2], key=lambda v: v * scale)

def default_from_outer(n):
    return lambda n=n: n
