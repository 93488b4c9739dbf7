level = "module"


def outer():
    level = "outer"
    events = []

    def record(msg):
        events.append(msg)

    def change_outer():
        nonlocal level
        level = "changed by inner"

    def change_module():
        global level
        level = "module changed"

    class Inner:
        level = "class attribute"

        def method(self):
            return level  # the enclosing function's variable, not the class attribute

    record(Inner().method())
    change_outer()
    record(level)
    change_module()
    record(level)
    return events


print(outer(), level)


def generator_with_nonlocal():
    total = 0

    def add(n):
        nonlocal total
        total += n

    for i in range(5):
        add(i)
        yield total


print(list(generator_with_nonlocal()))
