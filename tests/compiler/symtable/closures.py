def outer(a, b=1):
    c = a + b
    def middle():
        def inner():
            nonlocal c
            c += 1
            return a, c
        return inner
    def counter():
        count = 0
        def bump():
            nonlocal count
            count += 1
            return count
        return bump
    return middle, counter

def param_cell(x, *args, **kwargs):
    return lambda: (x, args, kwargs)

def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g, x

def uses_global():
    global counter
    counter = 0
    def nested():
        return counter
    return nested

def deleted():
    v = 1
    def get():
        return v
    del v
    return get

def unbound_later():
    def get():
        return late
    late = 5
    return get
