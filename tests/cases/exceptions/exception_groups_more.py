eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg))
print(str(eg), eg.args, type(eg.args[1]).__name__, type(eg.exceptions).__name__)
print(type(BaseExceptionGroup("all exceptions", [ValueError()])).__name__)
print(type(BaseExceptionGroup("has base", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
for bad in [
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", ()),
    lambda: eg.split(1),
    lambda: eg.split(int),
    lambda: eg.derive(),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
print(eg.split(Exception), eg.split(ExceptionGroup)[0] is eg, eg.subgroup(KeyError))
print(eg.split((TypeError, KeyError)))
nested = BaseExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
    KeyboardInterrupt(),
])
print(type(nested).__name__)
match, rest = nested.split(ValueError)
print(repr(match), repr(rest))
print(repr(nested.subgroup(lambda e: not isinstance(e, ExceptionGroup) and isinstance(e, TypeError))))
try:
    try:
        raise ExceptionGroup("with tb", [ValueError("x")])
    except ExceptionGroup as g:
        g.add_note("a note")
        g.__cause__ = KeyError("cause")
        m, r = g.split(ValueError)
        print(m.__traceback__ is g.__traceback__, m.__cause__, m.__notes__, m.__notes__ is g.__notes__, r)
except Exception:
    pass


class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


mg = MyGroup("custom", [ValueError(1), TypeError(2)], 42)
m, r = mg.split(TypeError)
print(type(m).__name__, m.code, m.exceptions, r.exceptions, repr(mg))


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print(type(p.split(ValueError)[0]).__name__, type(p.derive([ValueError()])).__name__)
try:
    Plain("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)


class BaseGroup(BaseExceptionGroup):
    pass


print(type(BaseGroup("b", [ValueError()])).__name__, type(BaseGroup("b", [KeyboardInterrupt()])).__name__)
try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as e:
    print("caught as Exception:", repr(e))
try:
    raise BaseExceptionGroup("base", [SystemExit(3)])
except Exception:
    print("not here")
except BaseException as e:
    print("caught as BaseException:", repr(e))
