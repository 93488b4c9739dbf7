x = 10


def broken():
    print(x)
    x = 20


try:
    broken()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)


def broken_augmented():
    x += 1


try:
    broken_augmented()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)


def conditional_binding(flag):
    if flag:
        value = "set"
    return value


print(conditional_binding(True))
try:
    conditional_binding(False)
except UnboundLocalError as err:
    print("UnboundLocalError:", err)


def deleted():
    v = 1
    del v
    return v


try:
    deleted()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)


def outer():
    y = 1

    def inner():
        return y
    del y
    return inner


try:
    outer()()
except NameError as err:
    print(type(err).__name__ + ":", err)
print(issubclass(UnboundLocalError, NameError))
