counter = 0
log = []


def bump(step=1):
    global counter
    counter += step
    return counter


def reset():
    global counter, log
    counter = 0
    log = ["reset"]


def make_accumulator(start):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total

    def peek():
        return total

    return add, peek


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x = "inner"

        inner()
        return x

    middle()
    return x


def declare_global_later():
    global created_inside
    created_inside = "made in a function"


bump()
bump(5)
print(counter)
reset()
print(counter, log)
add, peek = make_accumulator(10)
add(5)
add(-2)
print(peek())
print(outer())
declare_global_later()
print(created_inside)


class Scoped:
    global counter
    counter = 99
    attribute = counter + 1


print(counter, Scoped.attribute)
