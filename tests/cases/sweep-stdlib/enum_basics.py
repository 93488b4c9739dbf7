from enum import Enum, IntEnum, auto, Flag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.RED
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color["BLUE"], list(Color), len(Color), Color.RED in Color, Color.GREEN.describe(), Color.default())
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print([c.name for c in Color], {c: c.value for c in Color}, isinstance(Color.RED, Color), f"{Color.RED}", str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
print(Status.ACTIVE.value, Status.INACTIVE.value, list(Status))
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), repr(Prio.HIGH), str(Prio.HIGH), f"{Prio.LOW}")
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Color.__members__.keys() if False else list(Color.__members__))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet.MARS)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.X), bool(Perm.R & Perm.W))
