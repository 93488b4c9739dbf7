counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
def broken():
    total += 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x = "module"
def f():
    x = "f"
    def g():
        return x
    return g()
print(f(), x)
class C:
    attr = "class"
    def m(self):
        return attr if False else self.attr
print(C().m())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def uses_builtin():
    return len([1, 2])
len = lambda x: 99
print(uses_builtin())
del len
print(uses_builtin())
lst = [1, 2]
def mutate(l):
    l.append(3)
    l = [0]
    return l
print(mutate(lst), lst)
def default_eval(x=[]):
    x.append(1)
    return len(x)
print(default_eval(), default_eval(), default_eval([]))
i = 100
squares = [i * i for i in range(3)]
print(i, squares)
def outer():
    v = 1
    def middle():
        def inner():
            return v + 1
        return inner()
    return middle()
print(outer())
print(locals() is globals(), type(vars()).__name__)
