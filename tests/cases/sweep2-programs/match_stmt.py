def describe(x):
    match x:
        case 0 | 1:
            return "binary digit"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} +{len(rest)}"
        case {"type": "point", "x": px, "y": py}:
            return f"point({px},{py})"
        case {"type": t, **others}:
            return f"typed {t} extra={sorted(others)}"
        case None:
            return "nothing"
        case _:
            return f"other {type(x).__name__}"
for v in [0, 1, -5, 3.5, 7, "", "hey", [], [9], [1, 2], [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2}, None, (1, 2), {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y axis at {y}"
        case Point(x, 0): return f"on x axis at {x}"
        case Point(x, y) if x == y: return "diagonal"
        case Point(): return "elsewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
    print(where(p))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return "stop"
        case Color.GREEN: return "go"
print(col(Color.RED), col(Color.GREEN))
def cmd(s):
    match s.split():
        case ["go", ("north" | "south") as d]: return f"going {d}"
        case ["say", *words]: return " ".join(words)
        case [("quit" | "exit")]: return "bye"
        case _: return "?"
print(cmd("go north"), cmd("go west"), cmd("say hi there"), cmd("exit"), cmd(""))
match (1, "a"):
    case (int(), str()) as t:
        print("tuple", t)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("partial mapping matches")
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("captured", x)
