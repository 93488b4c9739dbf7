def tries_nonlocal_at_function():
    value = 1

    def inner():
        nonlocal value
        value = "changed"
    inner()
    return value


print(tries_nonlocal_at_function())


def global_then_local_name():
    global gv
    gv = 5
    return gv


print(global_then_local_name(), gv)
code = "def f():\n    nonlocal missing\n"
try:
    compile(code, "<test>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno)
code2 = "x = 1\ndef f():\n    x = 2\n    global x\n"
try:
    compile(code2, "<test>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno)
code3 = "nonlocal y\n"
try:
    compile(code3, "<test>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno)
