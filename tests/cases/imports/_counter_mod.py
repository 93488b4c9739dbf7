print("loading _counter_mod")
try:
    loads += 1
except NameError:
    loads = 1


def version():
    return loads
