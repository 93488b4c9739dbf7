def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); print(c(), c(), c(5), c.__closure__[0].cell_contents, c.__code__.co_freevars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = make_adders(); print([f(10) for f in a], [f(10) for f in b])
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
def g():
    global x
    x = "set by g"
g(); print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()
f = deep(); print(f(), f())
def cell_shared():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(cell_shared())
print(counter.__name__, c.__name__, c.__qualname__, counter.__code__.co_varnames, c.__code__.co_argcount)
def defaults(a, b=[], *, c={}):
    b.append(a); return b
print(defaults(1), defaults(2), defaults.__defaults__, defaults.__kwdefaults__)
