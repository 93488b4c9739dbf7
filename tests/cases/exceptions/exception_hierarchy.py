tests = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnicodeDecodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (bool, int), (TimeoutError, OSError),
]
for sub, base in tests:
    print(f"{sub.__name__:>20} < {base.__name__:<16} {issubclass(sub, base)}")
for exc in [ZeroDivisionError(), KeyError(), StopIteration(), SystemExit(), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")]:
    print(type(exc).__name__, [c.__name__ for c in type(exc).__mro__])
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as err:
    print(err, err.errno, err.strerror, err.filename)
