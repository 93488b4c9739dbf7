class Abort(BaseException):
    """Not an Exception: `except Exception` does not catch it."""


def work():
    try:
        raise Abort("stop everything")
    except Exception:
        print("never: Abort is not an Exception")


print("working")
work()
