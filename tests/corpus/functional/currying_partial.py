import inspect


def curry(fn):
    arity = len(inspect.signature(fn).parameters)

    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*args, *more)

    return curried


@curry
def volume(length, width, height):
    return length * width * height


def pipe(value, *functions):
    for f in functions:
        value = f(value)
    return value


print(volume(2)(3)(4), volume(2, 3)(4), volume(2)(3, 4), volume(2, 3, 4))
add = curry(lambda a, b: a + b)
inc = add(1)
print(list(map(inc, range(5))))
print(pipe("  Some Text  ", str.strip, str.lower, lambda s: s.replace(" ", "-")))
