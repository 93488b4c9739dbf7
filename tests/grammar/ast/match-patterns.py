# Every kind of pattern, with positions to compare.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_, last]:
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case (x, y, *rest,):
        pass
    case ((a)):
        pass
    case _:
        pass

match value:
    case 0 | 1 | -1:
        pass
    case 1.5 | -2.5e3 | 3j | -4j:
        pass
    case 1+2j | -1-2j | 0.5+0j:
        pass
    case "text" | b"bytes" | "implicit" "concat":
        pass
    case None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case x if x > 0:
        pass
    case (1 | 2) as small:
        pass
    case [1, 2] as pair if pair:
        pass
    case _ if value:
        pass

match point:
    case Point(x=0, y=0):
        pass
    case Point(0, y):
        pass
    case Point(x, y=yy,):
        pass
    case mod.Point():
        pass
    case int() | str(x) | a.b.C(1, 2, k=[3, *r]):
        pass
    case {}:
        pass
    case {"x": 1, "y": y}:
        pass
    case {1: a, -2: b, 3+4j: c, None: d, True: e, Color.RED: f, **rest}:
        pass
    case {**rest}:
        pass
    case {"k": {"nested": [1, {"deep": _}]},}:
        pass

match a, b:
    case 1, 2:
        pass
    case *x, y:
        pass
match *a, b,:
    case [x, *y]:
        pass
match (yield_ := 3):
    case (v):
        pass
match -x:
    case -0:
        pass
