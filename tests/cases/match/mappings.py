# Mapping patterns: keys, values, **rest, dict subclasses, and lookups through get().
def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **extra}:
            return f"circle r={r} extra={extra}"
        case {"type": t}:
            return f"unknown type {t!r}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3}, {"type": "circle", "r": 3, "color": "red", 5: None},
          {"type": "square"}, {}, {"x": 1}, [("type", "point")], "type", None]:
    print(repr(v), "->", m(v))

match {1: "one", 2: "two", 3: "three"}:
    case {1: a, 3: b, **rest}:
        print(a, b, rest)

match {"a": 1}:
    case {**rest}:
        print("rest is a copy:", rest, type(rest).__name__)

match {None: 1, True: 2, -1: 3, 2.5: 4, "s": 5, b"b": 6}:
    case {None: a, True: b, -1: c, 2.5: d, "s": e, b"b": f}:
        print("literal keys", a, b, c, d, e, f)

class Keys:
    A = "a"
    B = "b"

match {"a": 10, "b": 20}:
    case {Keys.A: x, Keys.B: y}:
        print("value keys", x, y)

# A missing key is told apart from a None value.
match {"k": None}:
    case {"k": None}:
        print("None value matched")

# get() is used, so a defaultdict does not grow and its default does not count.
from collections import defaultdict, OrderedDict
d = defaultdict(list, {"present": [1]})
match d:
    case {"missing": v}:
        print("not reached")
    case {"present": v}:
        print("defaultdict", v, sorted(d))

match OrderedDict(x=1, y=2):
    case {"x": 1, **kw}:
        print("OrderedDict", kw)

class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

print("custom get:")
match Logged(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("not reached")
    case {"a": 1, "c": _}:
        print("not reached")
    case {"a": a, "b": b}:
        print("matched", a, b)

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *more]}, "debug": bool(debug)}:
        print(host, first, more, debug)
