def managed(name):
    print(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print(f"close {name}")


for item in managed("a"):
    print("use", item)
g = managed("b")
print(next(g))
g.close()
for item in managed("c"):
    print("use", item)
    break
print("after break")


def catching():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print("caught KeyError at", i)


c = catching()
print(next(c))
print(c.throw(KeyError))
print(next(c))
print(list(c))


def return_in_finally():
    try:
        yield 1
    finally:
        return "finally value"


r = return_in_finally()
next(r)
try:
    next(r)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
