def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__defaults__, greet.__name__, greet.__code__.co_argcount)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1), append_safe(2))
counter = 10


def captured_default(x=counter):
    return x


counter = 20
print(captured_default(), captured_default(5))


def computed_default(n=len("four") * 2, s=str(3.5)):
    return n, s


print(computed_default(), computed_default(0, ""))
for bad in (lambda: greet(), lambda: greet("a", "b", "c", "d"), lambda: greet("a", nmae="x"),
            lambda: greet("a", name="b")):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
