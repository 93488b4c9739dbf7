def classify(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "zero"
    except TypeError as e:
        return f"type: {e}"
    else:
        return f"ok {r}"
    finally:
        print("classified", repr(x))
print(classify(2), classify(0), classify("s"))
def finally_wins():
    try:
        return 1
    finally:
        return 2
print(finally_wins())
def swallow():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            break
    return "swallowed by break"
print(swallow())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise IndexError("middle") from e
    except IndexError as e:
        return repr(e), repr(e.__cause__)
print(nested())
try:
    raise RuntimeError("x")
except (ValueError, RuntimeError) as e:
    print("tuple catch", type(e).__name__)
excs = (KeyError, IndexError)
try:
    {}[1]
except excs as e:
    print("dynamic", repr(e))
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
try:
    raise Exception("a") from ValueError("cause")
except Exception as e:
    print(e.__cause__, e.__context__)
def gen_exc():
    try:
        yield 1
    except Exception:
        pass
    yield 2
g = gen_exc(); next(g); print(g.throw(Exception))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e))
