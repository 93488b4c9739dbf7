def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
print(next(acc))
for v in (5, 10, 20):
    print("sent", v, "total", acc.send(v))
try:
    acc.send(None)
except StopIteration as stop:
    print("final", stop.value)


def conversation():
    name = yield "What is your name?"
    age = yield f"Hello {name}, how old are you?"
    yield f"{name} is {age} years old"


c = conversation()
print(c.send(None))
print(c.send("Ada"))
print(c.send(36))
try:
    c.send("extra")
except StopIteration:
    print("conversation over")
fresh = accumulator()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)


def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None or x > best else best


rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
