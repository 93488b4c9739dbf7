from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED == 1, isinstance(Color.RED, Color), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["NOPE"]
except KeyError as e:
    print("KeyError", e)
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), f"{Pri.HIGH}", str(Pri.LOW), format(Pri.LOW, ">4"))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)), rw & Perm.W)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 4, int(Bits.B), Bits(3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def g(self): return round(6.674e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.value)
class S(str, Enum):
    A = "a"
print(S.A == "a", S.A.upper(), f"{S.A}", S("a"))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print({c.name: c.value for c in Color}, Color.RED.__class__.__name__, type(Color).__name__)
