class Point:
    __match_args__ = ("x", "y")


def classes(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return y
        case Point(x, _, z=w):
            return x, w
        case int(n) | float(n):
            return n
        case str() as s:
            return s
        case mod.Klass(a=[1, *more]):
            return more


def alternatives(v):
    match v:
        case [a, b] | (b, a, _):
            return a, b
        case {"x": x, "y": y} | Point(y=y, x=x):
            return x, y
        case [(1 | 2) as n, m]:
            return n, m
        case ([x, y] as pair) if x:
            return pair


x = 3
match x:
    case 1:
        y = 1
    case [a, *b] if a:
        y = b
    case _:
        y = None
print(y)
