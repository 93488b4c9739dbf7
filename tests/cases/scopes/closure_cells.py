def make():
    value = 1

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v
    return get, set_


get, set_ = make()
print(get())
set_(42)
print(get())
get2, set2 = make()
print(get2(), get())


def loop_closures():
    result = []
    for i in range(3):
        result.append(lambda: i)
    return [f() for f in result]


def loop_closures_bound():
    return [(lambda j: lambda: j)(i)() for i in range(3)]


print(loop_closures(), loop_closures_bound())


def counter_factory():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count


c = counter_factory()
print([c(k) for k in "abcab"])


def cell_after_def():
    def reader():
        return late
    late = "assigned after the inner function"
    return reader()


print(cell_after_def())
print(make.__code__.co_cellvars, get.__code__.co_freevars)
