def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e, repr(e))
d = {"a": 1}
t(lambda: d["b"])
t(lambda: d[("x", 1)])
t(lambda: d[[1]])
t(lambda: {}.popitem())
t(lambda: d.pop("z"))
t(lambda: dict(1))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: d + d)
t(lambda: d.foo)
t(lambda: d.get())
t(lambda: d.update(1))
t(lambda: {1: 2} < {1: 2})
t(lambda: set().pop())
t(lambda: {1}.remove(2))
one = {1}
t(lambda: one[0])
t(lambda: frozenset([1]).add(2))
t(lambda: set([1]) + set([2]))
def it():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0
t(it)
def it2():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
t(it2)
def it3():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
t(it3)
def kerr():
    try:
        {}["missing"]
    except KeyError as e:
        print(e.args, str(e), repr(e))
kerr()
t(lambda: {}[0])
t(lambda: {}[""])
t(lambda: {}[None])
t(lambda: {}[(1,)])
