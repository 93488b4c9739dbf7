# Guards: evaluated after the pattern binds, in order, with side effects.
log = []

def check(name, result):
    log.append(name)
    return result

def g(v):
    match v:
        case [x, y] if check("sum", x + y == 10):
            return "sums to ten"
        case [x, y] if check("equal", x == y):
            return "equal pair"
        case [x, *_] if check("first", x > 100):
            return "big first"
        case _ if check("fallback", True):
            return "fallback"

for v in [[4, 6], [3, 3], [200, 1], [1, 2], "nope"]:
    log.clear()
    print(repr(v), "->", g(v), log)

# A guard that fails leaves the capture bound (CPython binds before the guard).
match 5:
    case n if n > 10:
        print("not reached")
    case _:
        pass
print("n bound by failed guard:", n)

# Guards may use the walrus operator and names from outside.
limit = 3
match [1, 2, 3, 4]:
    case [*items] if (count := len(items)) > limit:
        print("too many:", count)

# A guard that raises propagates.
try:
    match 0:
        case x if 1 / x:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)

# A default with a guard.
for v in [0, 1]:
    match v:
        case _ if v:
            print(v, "truthy default")
    print(v, "done")
