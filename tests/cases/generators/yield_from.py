def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer result"


gen = outer()
for value in gen:
    print("value", value)


def collect():
    result = yield from outer()
    yield f"outer said {result}"


print(list(collect()))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]], []])))


def echo():
    while True:
        received = yield
        if received is None:
            return "echo done"
        print("echo got", received)


def delegator():
    result = yield from echo()
    print("delegator saw", result)
    yield "finished"


d = delegator()
next(d)
d.send("hello")
d.send("world")
print(d.send(None))
