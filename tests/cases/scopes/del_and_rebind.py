a = 1
del a
try:
    print(a)
except NameError as err:
    print("NameError:", err)
a = "rebound"
print(a)


def local_del():
    v = [1, 2]
    w = v
    del v
    return w


print(local_del())


def global_del():
    global temp
    temp = "temporary"
    del temp


global_del()
print("temp" in globals())
items = {"k": 1}
key = "k"
del items[key]
print(items)
for n in range(3):
    pass
del n
print("n" in dir())
