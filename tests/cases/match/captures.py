# Capture patterns, the wildcard, and bindings that survive the match statement.
def first(v):
    match v:
        case [x]:
            return ("one", x)
        case [x, y]:
            return ("two", x, y)
        case other:
            return ("other", other)

print(first([1]))
print(first((1, 2)))
print(first("xy"))
print(first({1: 2}))

match 42:
    case n:
        pass
print("n after match:", n)

match [1, 2, 3]:
    case [a, b, c]:
        pass
print("a, b, c:", a, b, c)

# A failed case binds nothing; a partly matching case may bind nothing either.
z = "unset"
match (1, 2):
    case (z, 3):
        print("not reached")
    case _:
        pass
print("z:", z)

match "anything":
    case _:
        print("wildcard matched")

# The wildcard never binds `_`.
_ = "kept"
match 5:
    case _:
        pass
print("_ is", _)

def local_capture(v):
    match v:
        case [head, *tail]:
            return head, tail
    return None
print(local_capture([1, 2, 3]))
print(local_capture([]))
print(local_capture("abc"))

# Captures in a nested function and a class body.
def outer():
    match 7:
        case seven:
            pass
    def inner():
        return seven * 2
    return inner()
print(outer())

class Holder:
    match {"k": "v"}:
        case {"k": value}:
            pass
print(Holder.value)
