# Different forms of raise, re-raise, and exceptions inside except/finally.
def f(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("with message")
    if kind == 3:
        raise ValueError("a", "b")
    if kind == 4:
        err = KeyError("stored")
        raise err
    if kind == 5:
        raise TypeError("cause") from ValueError("original")
    if kind == 6:
        raise TypeError("hidden") from None
    return "ok"
for k in range(7):
    try:
        print(f(k))
    except Exception as e:
        print(k, type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("reraised:", e)
def replace():
    try:
        [][0]
    except IndexError:
        raise KeyError("new")
try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def in_finally():
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
try:
    in_finally()
except ValueError as e:
    print("got", e)
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())
def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("middle") from e
    except TypeError as e:
        raise RuntimeError("outer")
try:
    nested()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(404)
except MyErr as err:
    print(err, err.code, err.args)
exc_type = ValueError
try:
    raise exc_type("dynamic")
except (TypeError, exc_type) as err:
    print("caught dynamic:", err)
