from ..square import Square
from .. import circle as c
from . import __name__ as parent_name
print("cube:", __name__, __package__, parent_name, c.PI)


def volume(side):
    return Square(side).area() * side
