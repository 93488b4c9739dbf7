def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a.index(9))
t(lambda: a.remove(9))
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.insert())
t(lambda: a.append(1, 2))
t(lambda: a + (1,))
t(lambda: a * 1.5)
t(lambda: a.sort(key=1))
t(lambda: [1, "a"].sort())
t(lambda: sorted([1, None]))
t(lambda: a.__setitem__(5, 0))
def f1():
    a[1:2:1] = 5
t(f1)
def f2():
    b = [1, 2, 3, 4]
    b[::2] = [1]
t(f2)
def f3():
    del a[7]
t(f3)
t(lambda: a.foo())
t(lambda: list(5))
t(lambda: list(1, 2))
t(lambda: [1, 2].count())
t(lambda: a.sort(reversed=True))
t(lambda: hash([]))
t(lambda: {[1]: 2})
t(lambda: {[]})
t(lambda: a[::0])
t(lambda: (1, 2)[5])
t(lambda: (1, 2).index(3))
def f4():
    t2 = (1, 2)
    t2[0] = 5
t(f4)
t(lambda: (1, 2).append(3))
t(lambda: tuple(1))
t(lambda: [x for x in 5])
def f5():
    x, y = [1, 2, 3]
t(f5)
def f6():
    x, y, z = [1, 2]
t(f6)
def f7():
    x, = []
t(f7)
def f8():
    x, y = 5
t(f8)
def f9():
    a, *b, c = [1]
t(f9)
t(lambda: max([1, 2], [3], key=len, default=0))
t(lambda: list(zip([1], strict=True)) and list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: next(iter([])))
t(lambda: iter(5))
t(lambda: next([1]))
