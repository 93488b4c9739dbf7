# Dataclasses set __match_args__, so their fields match positionally.
from dataclasses import dataclass, field

@dataclass
class Move:
    dx: int
    dy: int = 0

@dataclass
class Say:
    text: str
    loud: bool = False

@dataclass
class Batch:
    commands: list = field(default_factory=list)

@dataclass
class Hidden:
    a: int
    b: int = field(default=0, init=False)

print(Move.__match_args__, Say.__match_args__, Batch.__match_args__, Hidden.__match_args__)

def run(cmd, depth=0):
    pad = "  " * depth
    match cmd:
        case Move(0, 0):
            print(pad + "stay")
        case Move(dx, 0):
            print(pad + f"horizontal {dx}")
        case Move(dx=0, dy=dy):
            print(pad + f"vertical {dy}")
        case Move(dx, dy):
            print(pad + f"diagonal {dx},{dy}")
        case Say(text, loud=True):
            print(pad + text.upper() + "!")
        case Say(text):
            print(pad + text)
        case Batch([]):
            print(pad + "empty batch")
        case Batch([first, *rest]):
            print(pad + f"batch of {1 + len(rest)}")
            for c in [first, *rest]:
                run(c, depth + 1)
        case _:
            print(pad + f"unknown {cmd!r}")

run(Move(0, 0))
run(Move(3))
run(Move(0, -2))
run(Move(1, 1))
run(Say("hi"))
run(Say("hey", loud=True))
run(Batch())
run(Batch([Move(1), Say("in batch"), Batch([Move(0, 1)])]))
run("text")

@dataclass(match_args=False)
class NoMatchArgs:
    x: int

print(hasattr(NoMatchArgs, "__match_args__"))
try:
    match NoMatchArgs(1):
        case NoMatchArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)
match NoMatchArgs(1):
    case NoMatchArgs(x=1):
        print("keyword pattern still works")

@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int

print(KwOnly.__match_args__)
