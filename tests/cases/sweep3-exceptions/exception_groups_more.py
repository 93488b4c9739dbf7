# ExceptionGroup: split, subgroup, derive, nesting and except* handling.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(eg, repr(eg.message), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
try:
    raise eg
except* ValueError as vs:
    print("values:", [str(e) for e in leaves(vs)])
except* (TypeError, KeyError) as others:
    print("others:", sorted(type(e).__name__ for e in leaves(others)))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as left:
    print("left over:", repr(left))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError("a"), TypeError("b")])
m, r = mg.split(TypeError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
eg2 = ExceptionGroup("noted", [ValueError("z")])
eg2.add_note("a note")
m2, _ = eg2.split(ValueError)
print(m2.__notes__, m2 is eg2)
def run_all(funcs):
    errors = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            e.add_note(f"while running {f.__name__}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("run_all failed", errors)
def a(): raise ValueError("bad a")
def b(): return 1
def c(): raise KeyError("bad c")
try:
    run_all([a, b, c])
except* KeyError as ke:
    print("KeyError part:", [e.__notes__ for e in ke.exceptions])
except* ValueError as ve:
    print("ValueError part:", [(str(e), e.__notes__) for e in ve.exceptions])
