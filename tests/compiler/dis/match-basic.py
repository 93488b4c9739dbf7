def literals(x):
    match x:
        case 0:
            return "zero"
        case -1 | 1:
            return "one"
        case 1+2j:
            return "complex"
        case "s" | b"b":
            return "str"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case _:
            return "other"


def captures(x):
    match x:
        case [a]:
            return a
        case [a, b, *rest]:
            return a, b, rest
        case [*_, last]:
            return last
        case [first, *_]:
            return first
        case [_, _, *_]:
            return "two"
        case (p, q) if p > q:
            return p
        case []:
            return "empty"
        case y:
            return y


def default_guard(x):
    match x:
        case int():
            pass
        case _ if x:
            print("truthy")
    return x


def single_wildcard(x):
    match x:
        case _:
            print(x)


def module_level_style(x):
    match x:
        case {"a": 1, "b": b}:
            print(b)
        case {"k": v, **rest}:
            print(v, rest)
        case {}:
            print("map")
        case {**rest}:
            print(rest)
