x = 0
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = middle()
    return r, x
print(outer(), x)
def gl():
    global newvar
    newvar = "created"
gl(); print(newvar)
def reads():
    return x + 1
x = 41; print(reads())
def make():
    funcs = {}
    for name in ("a", "b"):
        def f(n=name): return n.upper()
        funcs[name] = f
    return funcs
print({k: v() for k, v in make().items()})
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get(): return count
    return inc, get
inc, get = counter_pair(); inc(); inc(); print(get())
class K:
    v = 1
    def m(self):
        v = 2
        return v, self.v, K.v
print(K().m())
y = "module"
class Scope:
    y = "class"
    z = [y for _ in range(1)]
    w = y
print(Scope.z, Scope.w)
def del_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(del_local())
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def bad2(a):\n    global a\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
