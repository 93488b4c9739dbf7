def f():
    return
def f():
    return 1
def f():
    return 1, 2
def f():
    return *a, b
def f():
    return (1)
del a
del a, b
del a,
del (a)
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a), [b]
pass
