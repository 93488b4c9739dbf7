from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

    @property
    def pretty(self):
        return self.name.title()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Color.RED, Color("g"), Color["BLUE"].pretty, [c.value for c in Color])
print(Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]), Priority(2).name)
perm = Permission.READ | Permission.WRITE
print(Permission.WRITE in perm, Permission.EXECUTE in perm, Permission.ALL == perm | Permission.EXECUTE)
print(Weekday.WED.next(), Weekday.MON is Weekday(1), len(Weekday))
