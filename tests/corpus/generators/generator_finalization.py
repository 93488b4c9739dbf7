log = []


def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        log.append(f"close {name}")


def early_exit():
    for item in resource("a"):
        if item == "a1":
            return item


print(early_exit())
g = resource("b")
next(g)
del g
print(log)


def swallow_close():
    try:
        yield 1
    except GeneratorExit:
        log.append("cleanup on close")
        return


s = swallow_close()
next(s)
s.close()


def ignore_close():
    while True:
        try:
            yield
        except GeneratorExit:
            pass


bad = ignore_close()
next(bad)
try:
    bad.close()
except RuntimeError as err:
    print("RuntimeError:", err)
print(log[-1])
