# Cached global and builtin lookups see every rebinding, deletion and shadowing.
x = 1
def f():
    return x, len("ab")
r = []
for i in range(5):
    r.append(f())
    if i == 1:
        x = 10
    if i == 2:
        len = lambda s: 99
    if i == 3:
        del len
print(r)
import builtins
def g():
    return abs(-1)
print(g())
builtins.abs = lambda v: "patched"
print(g())
del builtins.abs
try:
    g()
except NameError as e:
    print(e)
k = 0
for i in range(3):
    k = k + i
    y = k
print(k, y)
globals()["z" + "z"] = 5
print(zz)
class C:
    v = 1
    w = v + 1
    for q in range(2):
        w = w + v
    print(w)
for i in range(3):
    try:
        print(undefined_name)
    except NameError as e:
        print(e)
    if i == 1:
        undefined_name = "now defined"
