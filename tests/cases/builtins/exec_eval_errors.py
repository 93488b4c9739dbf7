# Errors from compile, exec and eval: SyntaxError with CPython's position
# and text, the TypeErrors and ValueErrors of bad arguments, and exceptions
# raised by the code that runs.
def syntax(source, mode="exec", filename="<test>"):
    try:
        compile(source, filename, mode)
        print("compiled", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("  str:", e)


syntax("x = = 1")
syntax("def f(:\n")
syntax("a b", "eval")
syntax("x = 1", "eval")
syntax("1 +", "eval")
syntax("1 +", "exec")
syntax("(1, 2", "eval")
syntax("return 5")
syntax("def f():\n    nonlocal q\n")
syntax("  x = 1")
syntax("if x:\npass")
syntax("'abc", "eval")
syntax("x = (yield)")
syntax("f(**x, *y)", "eval")
syntax("a\x00b")
syntax("del f()")
syntax("for = 1", filename="named.py")


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: eval("1", []))
attempt(lambda: eval("1", 5))
attempt(lambda: eval("1", {}, 5))
attempt(lambda: exec("1", []))
attempt(lambda: exec("1", {}, 5))
attempt(lambda: eval(123))
attempt(lambda: exec(123))
attempt(lambda: eval())
attempt(lambda: exec())
attempt(lambda: compile("1", "f", "bad"))
attempt(lambda: compile(5, "f", "exec"))
attempt(lambda: compile("1", 5, "exec"))
attempt(lambda: compile("1"))
attempt(lambda: eval("undefined_name"))
attempt(lambda: eval("1 / 0"))
attempt(lambda: exec("raise ValueError('from exec')"))
attempt(lambda: exec("def f():\n    return missing\nf()"))
attempt(lambda: eval("x", None, []))
try:
    exec("x = = 1")
except SyntaxError as e:
    print("caught", e.msg, e.filename, e.lineno, repr(e.text))
try:
    eval("(")
except SyntaxError as e:
    print("caught", e.msg, e.filename, e.lineno, e.offset)
try:
    exec("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise KeyError('k') from e")
except KeyError as e:
    print("chained:", repr(e), type(e.__cause__).__name__)
