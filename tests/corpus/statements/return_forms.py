def nothing():
    return


def implicit():
    pass


def single():
    return 1


def several():
    return 1, 2, 3


def starred(items):
    return *items, "end"


def parenthesised():
    return (
        "a"
        "b"
    )


def early(values):
    for v in values:
        if v > 10:
            return v
    return None


def conditional(flag):
    return "yes" if flag else "no"


def walrus(data):
    return (n := len(data)) and n * 2


def in_finally():
    try:
        return "try"
    finally:
        print("cleanup runs first")


print(nothing(), implicit(), single(), several(), starred([1, 2]))
print(parenthesised(), early([1, 20, 30]), early([]), conditional(0), walrus("abc"))
print(in_finally())
