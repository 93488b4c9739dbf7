# Enum members as value patterns (dotted names).
from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Level(IntEnum):
    LOW = 1
    HIGH = 2

def name_of(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Level.LOW:
            return "low level"
        case _:
            return "unknown"

for c in [Color.RED, Color.GREEN, Color.BLUE, Level.LOW, Level.HIGH, 1, 2]:
    print(repr(c), "->", name_of(c))

# Value patterns compare with ==, so an IntEnum matches its int and the reverse.
match 2:
    case Level.HIGH:
        print("2 == Level.HIGH")

match Color.RED:
    case Color(value=v):
        print("class pattern on an enum, value", v)

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

def area(shape, size):
    match shape, size:
        case Shape.CIRCLE, r:
            return round(3.14159 * r * r, 2)
        case Shape.SQUARE, s:
            return s * s

print(area(Shape.CIRCLE, 2), area(Shape.SQUARE, 3))

# A dotted name is a value pattern; a bare name would capture.
import types
ns = types.SimpleNamespace(limit=10)
match 10:
    case ns.limit:
        print("matched ns.limit")
