def inner(label):
    received = []
    while True:
        item = yield f"{label} ready"
        if item == "stop":
            return received
        received.append(item)


def outer():
    first = yield from inner("A")
    second = yield from inner("B")
    return first, second


def chain(*iterables):
    for it in iterables:
        yield from it


def tree_walk(node):
    value, children = node
    yield value
    for child in children:
        yield from tree_walk(child)


g = outer()
print(next(g))
for msg in ["x", "y", "stop", "z", "stop"]:
    try:
        print(g.send(msg))
    except StopIteration as stop:
        print("finished with", stop.value)
print(list(chain("ab", range(2), [None])))
tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree_walk(tree)))
