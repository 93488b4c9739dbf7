"""A module mixing every simple statement in one place."""
import math as _m; from os import sep as _sep
x = 1; y: int = 2; x += y; del y
assert x == 3, "arithmetic"
pass
global_names = []


def f():
    global global_names
    global_names = [n for n in dir() if not n.startswith("_")]
    z = 0
    while True:
        z += 1
        if z < 3:
            continue
        break
    try:
        raise ValueError(z)
    except ValueError as e:
        return e.args[0]
    finally:
        pass


def g():
    def h():
        nonlocal v
        v += 1
        return v
    v = 10
    return h() + h()


class K: pass


print(f(), g(), K.__name__, _m.floor(2.5), _sep == "/" or _sep == "\\", global_names)
