def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, "x", key=None))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "."}
print(show(*nums), show(*nums, *"ab"), show(**opts), show(0, *nums, flag=True, **opts))


def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale


print(total(1), total(1, 2, 3), total(1, 2, scale=10), total(*range(5)))


def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + ("(" + ", ".join(parts) + ")" if parts else "")


print(describe("plain"), describe("point", x=1, y=2), describe(**{"name": "dict", "z": 3}))


def forward(*args, **kwargs):
    return show(*args, **kwargs)


print(forward(1, b=2))
print(type(show.__code__.co_flags).__name__, show.__code__.co_argcount)
try:
    show(**{1: 2})
except TypeError as err:
    print("TypeError:", err)
try:
    describe("a", **{"name": "dup"})
except TypeError as err:
    print("TypeError:", err)
try:
    show(*5)
except TypeError as err:
    print("TypeError:", err)
try:
    show(**[1])
except TypeError as err:
    print("TypeError:", err)
