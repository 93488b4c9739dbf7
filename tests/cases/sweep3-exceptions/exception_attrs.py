# Attributes of built-in exceptions: args, errno-ish fields, name/obj, start/end.
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    [][3]
except IndexError as e:
    print(repr(e), e.args)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.msg, isinstance(e, ImportError))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    undefined_name
except NameError as e:
    print(e.name, str(e))
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj, str(e))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
def g():
    return "done"
    yield
try:
    next(g())
except StopIteration as e:
    print(repr(e.value))
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise OSError(2, "No such file")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, str(e))
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, type(e).__name__, isinstance(e, OSError))
e = OSError(13, "Permission denied", "secret.txt")
print(type(e).__name__, str(e), e.filename)
print(repr(ValueError()), repr(ValueError("a")), repr(ValueError("a", 2)), str(ValueError("a", 2)), str(ValueError()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
ex = Exception("x")
ex.args = ("changed", 1)
print(ex, ex.args)
ex.custom = "attr"
print(ex.custom, ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError),
      issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError), issubclass(TimeoutError, OSError),
      issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(BrokenPipeError, ConnectionError))
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__subclasses__()[:0], Exception.__base__.__name__, KeyboardInterrupt.__base__.__name__)
