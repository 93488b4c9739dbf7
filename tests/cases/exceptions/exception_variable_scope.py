err = "before"
try:
    1 / 0
except ZeroDivisionError as err:
    print("inside:", type(err).__name__)
try:
    print(err)
except NameError as name_error:
    print("NameError:", name_error)
saved = None
try:
    int("x")
except ValueError as e:
    saved = e
print(type(saved).__name__, saved)


def keep():
    try:
        [].pop()
    except IndexError as exc:
        return exc


print(repr(keep()))
x = 1
try:
    x = 2
    raise RuntimeError(x)
except RuntimeError as exc:
    x = exc.args[0] * 10
print(x)


def handler_names():
    names = []
    for exc_type in (KeyError, ValueError):
        try:
            raise exc_type("x")
        except (KeyError, ValueError) as problem:
            names.append(type(problem).__name__)
    try:
        return problem
    except UnboundLocalError as err:
        names.append(f"UnboundLocalError: {err}")
    return names


print(handler_names())
e = "outer e"
[e for e in range(2)]
print(e)
try:
    raise KeyError("k")
except KeyError as e:
    pass
print("e" in dir())
