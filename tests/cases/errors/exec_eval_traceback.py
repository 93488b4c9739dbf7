# An exception raised in exec'd code: the traceback shows its frames as
# File "<string>" (no source line), between the caller's frames.
def helper():
    exec("def inner():\n    return 1 / 0\n\nvalue = inner()\n")


def outer():
    helper()


try:
    eval("undefined + 1")
except NameError as e:
    print("NameError:", e)
outer()
