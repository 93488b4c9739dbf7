from enum import Enum, StrEnum, IntFlag, auto, unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_start(self):
        return self is Weekday.MON
print(Weekday.MON.is_start, Weekday.TUE.is_start, Weekday.MON.__class__.__name__, Weekday)
class Dir(StrEnum):
    UP = auto()
    DOWN = "down!"
print(Dir.UP, repr(Dir.UP), Dir.DOWN.value, Dir.UP == "up", f"{Dir.DOWN}", Dir("up"))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.X), P.R | 1, int(P.W))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(sorted(Weekday, key=lambda d: -d.value))
print(Weekday.MON < Weekday.TUE if False else "no ordering")
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print(e)
status = {Weekday.MON: "start"}
print(status[Weekday(1)], Weekday.MON.name.lower())
