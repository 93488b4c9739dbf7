data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
while (item := data.pop()) != 3:
    print("popped", item)
print(data, [y := 5, y ** 2], y)
print([last := x for x in range(4)], last)
def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return total, vals
print(f())
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump(); print(counter)
class C:
    attr = 1
    def m(self):
        return attr if False else C.attr
print(C().m())
def shadow():
    len = lambda x: 42
    return len([1, 2])
print(shadow(), len([1, 2]))
def uses_builtin():
    return max([3, 7])
max = min
print(uses_builtin())
del max
print(uses_builtin())
x = 10
def read_then_global():
    global x
    x += 1
    return x
print(read_then_global(), x)
def nested_nonlocal():
    v = []
    def add(i):
        v.append(i)
    def rebind():
        nonlocal v
        v = ["new"]
    add(1); rebind(); add(2)
    return v
print(nested_nonlocal())
print(sorted(k for k in locals() if not k.startswith("_"))[:5])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc(), "x" in globals(), globals()["x"])
print((lambda: (z := 3) + z)())
