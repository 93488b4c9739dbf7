def f(a, b, c=3):
    return a + b + c


def g(*, key):
    return key


def h(x, /):
    return x


one, nothing, text = 1, None, "str"
calls = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
    ("f(1, 2, d=4)", lambda: f(1, 2, d=4)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("g()", lambda: g()),
    ("g(1)", lambda: g(1)),
    ("h(x=1)", lambda: h(x=1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("one()", lambda: one()),
    ("nothing()", lambda: nothing()),
    ("text(1)", lambda: text(1)),
    ("f(*None)", lambda: f(*None)),
    ("abs('x')", lambda: abs("x")),
]
for label, call in calls:
    try:
        print(label, call())
    except TypeError as err:
        print(label, "-> TypeError:", err)
