cache = {"a": 1, "b": 2, "c": 3}
keys = list(cache)
for k in keys:
    if cache[k] % 2:
        del cache[k]
print(cache)

items = list(range(10))
del items[::3], items[0]
print(items)


class Obj:
    pass


o = Obj()
o.a = o.b = 1
del o.a
print(vars(o))


def rebinding():
    value = "first"
    del value
    value = "second"
    return value


print(rebinding())
x = [1, 2, 3]
y = x
del x
print(y)
try:
    print(x)
except NameError as err:
    print(err)
