class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound(404, "nope")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
for i in range(3):
    try:
        if i == 1: continue
        print("body", i)
    finally:
        print("fin", i)
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception()), str(Exception("only")))
print(repr(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), ValueError.__mro__)
print(isinstance(StopIteration(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    raise TypeError
except (ValueError, TypeError) as exc:
    print("caught", type(exc))
def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise
try:
    nested()
except ValueError as e:
    print("re-raised", e)
err = None
try:
    int("x")
except ValueError as err2:
    err = err2
print(err, type(err).__mro__[1])
try:
    err2
except NameError as ne:
    print("NameError", ne)
try:
    assert 1 == 2, "math is broken"
except AssertionError as ae:
    print(ae, ae.args)
try:
    assert False
except AssertionError as ae:
    print(repr(ae))
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
print(Exception.__name__, ArithmeticError.__bases__)
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value, si.args)
x = OSError(2, "No such file")
print(x.errno, x.strerror, x, type(FileNotFoundError(2, "x")).__name__)
print(str(OSError(2, "No such file", "f.txt")), repr(FileNotFoundError(2, "x")))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    raise Exception("multi", "args")
except Exception as e:
    print(e)
class CustomStr(Exception):
    def __str__(self): return "custom!"
print(str(CustomStr()), repr(CustomStr(1)))
try: raise CustomStr
except CustomStr as c: print(c)
