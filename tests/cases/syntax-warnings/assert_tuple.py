# An assertion on a non-empty tuple is always true: CPython warns.
x = 0
assert (x, "x must be set")
assert (1, "constant")
assert ()  or True
assert (x == 0), "fine"
print("asserts passed")
