counter = 0
name = "module"


def read():
    return counter, name


def increment():
    global counter
    counter += 1


def shadow():
    name = "local"
    return name


def assign_many():
    global a_new, b_new
    a_new, b_new = 1, 2


print(read())
increment()
increment()
print(read(), shadow(), name)
assign_many()
print(a_new, b_new)


def uses_global_in_loop():
    global counter
    for _ in range(3):
        counter *= 2
    return counter


print(uses_global_in_loop(), counter)
print("counter" in globals(), "shadow" in globals(), "local_only" in globals())


def locals_snapshot():
    x, y = 1, 2
    return sorted(locals())


print(locals_snapshot())
