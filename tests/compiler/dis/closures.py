def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

def adder(n):
    return lambda x: x + n

def outer():
    a = 1
    def middle():
        def inner():
            return a
        return inner
    return middle

def shadow(x):
    def f():
        x = 2
        return x
    return f, x

def cell_param(arg, *rest):
    def g():
        return arg, rest
    arg = 5
    return g

def default_capture():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return fs

def deleted_cell():
    v = 1
    def get():
        return v
    del v
    return get
