x = "global"


def read_global():
    return x


def write_global():
    global x
    x = "changed by function"


def shadow():
    x = "local"
    return x


print(read_global(), shadow(), x)
write_global()
print(x)


def accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total
    return add


acc = accumulator()
print(acc(5), acc(10), acc(-3))


def nested_nonlocal():
    a = 1

    def level1():
        nonlocal a
        a += 1

        def level2():
            nonlocal a
            a *= 10
        level2()
    level1()
    return a


print(nested_nonlocal())


def create_global():
    global brand_new
    brand_new = "created inside a function"


create_global()
print(brand_new)
counter = 0


def bump():
    global counter
    counter += 1


for _ in range(5):
    bump()
print(counter)
