# enum: auto, Flag combinations, IntEnum, StrEnum, unique, lookup and iteration.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.__members__.keys(), [m.name for m in Color.__members__.values()])
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([s.value for s in Step], Step.THIRD.name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)), list(rw), rw.value)
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID + 1, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), Level(5), int(Level.HIGH), f"{Level.MID}")
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE, Mode.READ.upper(), Mode("w"), f"{Mode.READ}|{Mode.WRITE!r}")
class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, int(Bits.A | Bits.B), Bits(3), Bits.A | 8, 5 & Bits.C)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print([(p.name, p.gravity) for p in Planet], Planet.EARTH.value)
class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, text):
        return cls(text)
print(Shape.parse("ci").describe(), {Shape.SQUARE: 1}[Shape("sq")])
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
print(Color.RED.__class__.__mro__[1].__name__, hash(Color.RED) == hash(Color.RED))
