import traceback
e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
print("the traceback with notes:", file=__import__("sys").stderr)
try:
    raise e
except ValueError:
    traceback.print_exc(file=__import__("sys").stderr)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
eg = ExceptionGroup("group", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg), str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))
try:
    ExceptionGroup("x", [])
except ValueError as v:
    print(v)
try:
    ExceptionGroup("x", [1])
except ValueError as v:
    print(v)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ExceptionGroup("top", [ValueError("v"), ExceptionGroup("nested", [TypeError("t")])])
except ExceptionGroup as g:
    traceback.print_exception(g, file=__import__("sys").stderr)
