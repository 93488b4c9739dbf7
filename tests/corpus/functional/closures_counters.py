def counter(start=0, step=1):
    value = start - step

    def next_value():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start - step

    next_value.reset = reset
    return next_value


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]


def running_average():
    total = count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


c = counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
print([m(3) for m in make_multipliers()])
avg = running_average()
print([round(avg(x), 2) for x in (10, 20, 3, 7)])
print(c.__closure__ is not None, len(avg.__code__.co_freevars))
