# Or-patterns and as-patterns: bindings in alternatives, reordering, nesting.
def f(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case {"a": a, "b": b} | {"x": a, "y": b} | [a, b, _]:
            return f"a={a} b={b}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [(1 | 2) as first, *_] as whole:
            return f"first {first} of {whole}"
        case _:
            return "no"

for v in [1, 3, [5, 0], [0, 6], {"a": 1, "b": 2}, {"x": 3, "y": 4}, [7, 8, 9], "t", b"t",
          [2, 9, 9], [4, 9], 4]:
    print(repr(v), "->", f(v))

# Alternatives that bind names in different orders.
for v in [(1, 2, "ab"), ("ba", 3, 4)]:
    match v:
        case (a, b, "ab") | ("ba", b, a):
            print("reordered", a, b)

# Or-pattern inside a sequence with captures around it.
match [1, (2, 3), 4]:
    case [p, (2, q) | (q, 2), r]:
        print("nested or", p, q, r)

match (1, 2):
    case (x, y) as both if x < y:
        print("as with guard", both, x, y)

match [1, [2, 3]]:
    case [_, [_, _] as inner] as outer:
        print(inner, outer)

# The first matching alternative wins.
match 5:
    case (5 as a) | a:
        print("first alternative", a)
