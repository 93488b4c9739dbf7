def f(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "div"
    finally:
        print("finally", x)
print(f(2), f(0))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return "done"
print(g())
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("outer") from e
    except ValueError as e:
        print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
        try:
            raise TypeError("again")
        except TypeError as t:
            print(type(t.__context__).__name__)
nested()
def chain():
    try:
        {}["missing"]
    except KeyError:
        int("zz")
chain()
