class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key!r} not found in {where}")
        self.key = key
class Weird(Exception):
    def __str__(self):
        return "weird str"
class NoInit(Exception):
    def __init__(self):
        pass
for exc in [NotFound("x"), Weird("arg"), NoInit(), AppError(), AppError("a", 2)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("user", where="cache")
except AppError as e:
    print("caught as base:", e, e.key, isinstance(e, Exception), type(e).__mro__[1].__name__)
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr()), [WithRepr()])
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NotExc: pass
try:
    try:
        pass
    finally:
        raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("x")
    except NotExc:
        pass
except TypeError as e:
    print(e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file", "f.txt")))
print(type(OSError(2, "x")).__name__, FileNotFoundError(2, "gone", "p").filename, IOError is OSError, EnvironmentError is OSError)
e = StopIteration(5); print(e.value, SystemExit(3).code, KeyError("a").args[0], UnicodeError.__mro__[1].__name__)
import errno
print(errno.ENOENT, repr(AttributeError("x", name="n", obj=None).name), NameError("q", name="q").name)
