actions = [
    lambda: [1, 2][5],
    lambda: (1, 2)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[(1, 2)],
    lambda: int("12a"),
    lambda: float("x1"),
    lambda: [].pop(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: None.attribute,
    lambda: (5).undefined,
    lambda: "s".nope(),
    lambda: len(3),
    lambda: 1 + None,
    lambda: "a" * "b",
    lambda: [] + (),
    lambda: {} < {},
    lambda: undefined_variable,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: {}.setdefault([], 1),
    lambda: 10 ** -1 % 0,
    lambda: divmod(1, 0.0),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: [1, 2, 3][1:2:0],
    lambda: set().remove(1),
    lambda: object().x,
]
for i, action in enumerate(actions):
    try:
        action()
        print(i, "no error")
    except Exception as err:
        print(i, f"{type(err).__name__}: {err}")
