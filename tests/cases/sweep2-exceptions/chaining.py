import traceback
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("a")
    except OSError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    f()
except ValueError:
    print([line for line in traceback.format_exc().splitlines() if not line.startswith("  File")])
e = Exception("x"); print(e.__traceback__, e.args, str(e), repr(Exception()), str(Exception(1, 2)))
try:
    raise KeyError("key")
except KeyError as k:
    print(str(k), repr(k), k.args)
def g():
    try:
        raise ValueError(1)
    finally:
        print("finally runs")
try:
    g()
except ValueError as e:
    print("outer caught", e)
def h():
    try:
        return "try"
    finally:
        print("finally before return")
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
k()
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
err = None
try:
    raise TypeError("t")
except TypeError as err:
    pass
try:
    print(err)
except NameError as e:
    print(e)
