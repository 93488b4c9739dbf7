# try statements in all their shapes.
def parse_int(text):
    try:
        value = int(text)
    except ValueError:
        return None
    else:
        return value
    finally:
        print("parsed", repr(text))


print(parse_int("12"), parse_int("x"))


def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero")
        if n == 1:
            raise KeyError("k")
        if n == 2:
            raise TypeError("t")
        return 10 / n
    except (ZeroDivisionError, KeyError) as err:
        return f"caught {type(err).__name__}: {err}"
    except TypeError:
        return "type error"
    except Exception as err:  # noqa
        return f"other {err!r}"


for n in range(4):
    print(risky(n))

try:
    pass
finally:
    print("finally without except")

try:
    x = [1, 2][5]
except IndexError as e:
    print("index", e)
    try:
        raise
    except IndexError:
        print("re-raised and caught")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as outer:
    print(outer, type(outer.__context__).__name__)

errors = (OSError, LookupError)
try:
    {}["missing"]
except errors as exc:
    print("tuple by name", type(exc).__name__)

try:
    raise RuntimeError
except:
    print("bare except")
