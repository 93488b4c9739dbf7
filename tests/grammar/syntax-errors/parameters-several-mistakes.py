def f(a, a=1, *, b, **c, d): pass
