# Closures: late binding, cell sharing, nonlocal counters, and default-argument capture.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def shared():
    x = []
    def add(v):
        x.append(v)
    def show():
        return list(x)
    return add, show
add, show = shared()
add(1); add(2)
print(show(), add.__closure__[0].cell_contents)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print([acc(n) for n in [1, 2, 3, 4]])
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(fib.cache))
def broken():
    try:
        print(value)
    except NameError as e:
        print("NameError:", e)
    value = 1
    return value
broken()
def counter_err():
    n = 0
    def bump():
        try:
            n += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    bump()
counter_err()
x = "global"
def reads_global():
    return x
def shadows():
    x = "local"
    return reads_global(), x
print(shadows())
def make_adders():
    return {n: (lambda v, n=n: v + n) for n in (1, 10, 100)}
adders = make_adders()
print({k: f(5) for k, f in adders.items()})
gen_funcs = (lambda: j for j in range(3))
print([f() for f in gen_funcs])
def cell_after_del():
    y = 5
    def get_y():
        return y
    del y
    try:
        return get_y()
    except NameError as e:
        return f"NameError: {e}"
print(cell_after_del())
