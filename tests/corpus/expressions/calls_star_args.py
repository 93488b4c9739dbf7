def show(*args, **kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
    return "show(" + ", ".join(parts) + ")"


def positional(a, b, /, c, *, d=4, **rest):
    return a, b, c, d, rest


numbers = [1, 2, 3]
options = {"sep": "-", "end": "!"}
more = dict(x=1, y=2)
print(show())
print(show(*numbers))
print(show(0, *numbers, 4, *range(2)))
print(show(**options))
print(show(*numbers, **options, z=3))
print(show(a=1, **more, b=2, **{"c": 3}))
print(show(*"ab", *[], **{}))
print(show(*numbers, sep="", **{"flush": False}))
print(positional(1, 2, 3))
print(positional(1, 2, c=3, d=5, e=6))
print(positional(*numbers, **{"d": 0}))
print(show(x for x in range(3)))
print(sum(x * x for x in numbers), max((len(w), w) for w in ["aa", "b"]))
print(sorted(numbers, key=lambda n: -n), "".join(str(n) for n in numbers))
print(print.__name__, (lambda *a, **k: (a, k))(1, 2, key="v"))
print(show(
    1,
    2,
    three=3,
))
