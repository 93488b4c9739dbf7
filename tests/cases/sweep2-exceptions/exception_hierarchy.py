def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [ZeroDivisionError, KeyError, FileNotFoundError, UnicodeDecodeError, RecursionError, ModuleNotFoundError, StopAsyncIteration, TimeoutError, BrokenPipeError, IndentationError, NotImplementedError, OverflowError]:
    print(names(cls))
checks = [(ValueError(), Exception), (KeyboardInterrupt(), Exception), (SystemExit(), BaseException), (KeyError(), LookupError), (IndexError(), LookupError), (TabError(), SyntaxError), (UnboundLocalError(), NameError), (ConnectionRefusedError(), OSError), (PermissionError(), ConnectionError)]
print([isinstance(e, c) for e, c in checks])
def catch(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except OSError as e:
        return f"os:{type(e).__name__}"
    except Exception as e:
        return f"other:{type(e).__name__}"
print([catch(e) for e in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), FileExistsError(), TypeError(), OSError(2, "x")]])
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__, OSError(1, "a", "f").filename)
