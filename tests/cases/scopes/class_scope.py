x = "module x"


class Example:
    x = "class x"
    y = x + " (read at class level)"

    def method(self):
        return x

    def method_with_class(self):
        return Example.x, self.x

    items = [x for _ in range(1)]
    z = (lambda: x)()


e = Example()
print(Example.y)
print(e.method(), e.method_with_class())
print(Example.items, Example.z)


def factory():
    secret = "from enclosing function"

    class Inner:
        seen = secret

        def get(self):
            return secret
    return Inner


I = factory()
print(I.seen, I().get())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10


a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)


class Outer:
    name = "outer"

    class Inner:
        try:
            seen = name
        except NameError as err:
            seen = f"NameError: {err}"

    def method(self):
        return self.name, type(self).Inner.seen


print(Outer().method())


class Shadow:
    len = 5
    size = len


print(Shadow.size, Shadow.len, len("still builtin"))
