# `is` and `is not` with a literal operand: a SyntaxWarning per comparison,
# each time the compiler meets it (a finally body is compiled twice).
x = 1
print(x is 1, x is not "a", x is (), x is -1, x is None, x is ..., 1 is x)
print(x is (1, 2), x is (x,), x is 1.5, x is 2j, x is b"", x is not -0.5, x is [], x is True)
print(0 < x is 1 < 2)
if x is 2 or x is not 3:
    print("branch")
try:
    pass
finally:
    print(x is 4)


def f(a):
    return a is "text"


print(f("text") in (True, False))
