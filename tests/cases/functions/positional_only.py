def power(base, exp=2, /):
    return base ** exp


def mixed(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)


def kwargs_collide(name, /, **kwargs):
    return name, kwargs


print(power(3), power(2, 10))
print(mixed(1, 2, 3), mixed(1, 2, c=3), mixed(1, 2, 3, 4, e=6), mixed(1, 2, d=0, c=9))
print(kwargs_collide("pos", name="kw"))
print(mixed.__code__.co_posonlyargcount, mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount)
for call in [lambda: power(base=2), lambda: mixed(1, b=2, c=3), lambda: power(1, 2, 3), lambda: mixed(1)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
