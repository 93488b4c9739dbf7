# Run through exec so that the file itself compiles where except* is not yet supported.
SOURCE = """
eg = ExceptionGroup("group", [ValueError(1), TypeError("t"), ValueError(2)])
try:
    raise eg
except* ValueError as g:
    print("handled", repr(g))
except* TypeError as g:
    print("handled", repr(g))
try:
    try:
        raise ExceptionGroup("inner", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("key handled")
except ExceptionGroup as rem:
    print("remaining", repr(rem))
def handler():
    try:
        raise ExceptionGroup("many", [KeyError(1), KeyError(2), IndexError(3)])
    except* KeyError as g:
        print("keys", [repr(e) for e in g.exceptions])
    except* IndexError as g:
        print("index", g.exceptions)
handler()
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped", repr(g))
"""
exec(SOURCE)
