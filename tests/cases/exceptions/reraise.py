def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise KeyError("two")
    return n


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise


for n in range(3):
    try:
        print(wrapper(n))
    except (ValueError, KeyError) as err:
        print("outer caught", type(err).__name__, err)
try:
    try:
        raise TypeError("t")
    except TypeError as err:
        saved = err
    raise saved
except TypeError as err:
    print("raised saved exception:", err)
try:
    raise
except RuntimeError as err:
    print("RuntimeError:", err)


def translate():
    try:
        {}["key"]
    except KeyError as err:
        err.add_note("while translating")
        raise


try:
    translate()
except KeyError as err:
    print("KeyError", err, err.__notes__)


def cleanup_and_reraise(log):
    try:
        raise ValueError("needs cleanup")
    except ValueError:
        log.append("cleanup")
        raise
    finally:
        log.append("finally")


log = []
try:
    cleanup_and_reraise(log)
except ValueError as err:
    print(err, log)
