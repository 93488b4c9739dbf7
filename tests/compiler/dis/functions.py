def simple():
    pass

def documented(a, b):
    """Add two numbers.

    Returns their sum.
    """
    return a + b

def defaults(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs

def positional_only(a, b, /, c, *, d):
    return a + b + c + d

def returns_forms(x):
    if x:
        return
    if x > 1:
        return None
    return x * 2

def with_global():
    global counter
    counter = 1
    return counter

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)

@decorator
@other.decorator(1)
def decorated():
    return 1

def many_locals():
    a = b = c = d = e = f = g = h = i = j = k = l = m = n = o = p = q = 1
    return a + q

def unbound(flag):
    if flag:
        value = 1
    return value

def deleted():
    x = 1
    del x
    return x

lam = lambda: 0
lam2 = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
