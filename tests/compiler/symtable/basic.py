import sys
x = 1
def f(a, b=2, *c, d, **e):
    """doc"""
    global x
    y = a + b
    for i in range(10):
        if i > 3:
            break
        x += 1
    try:
        pass
    except ValueError as err:
        print(err)
    return lambda q: q + y
class C(object):
    def m(self):
        return super().m()
print([i*i for i in range(3)])
