class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__ if exc_type else None}")


try:
    with FailingExit():
        pass
except RuntimeError as err:
    print(err, "| context:", err.__context__)
try:
    with FailingExit():
        raise ValueError("body error")
except RuntimeError as err:
    print(err, "| context:", repr(err.__context__))


class NotAManager:
    pass


try:
    with NotAManager():
        pass
except TypeError as err:
    print("TypeError:", err)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as err:
    print("TypeError:", err)


class EnterFails:
    def __enter__(self):
        raise ConnectionError("cannot connect")

    def __exit__(self, *exc):
        print("never called: __enter__ failed")


try:
    with EnterFails():
        print("never reached")
except ConnectionError as err:
    print("ConnectionError:", err)


class ExitSwallowsThenBodyContinues:
    def __enter__(self):
        return "entered"

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None)
        return True


def body():
    with ExitSwallowsThenBodyContinues() as v:
        raise IndexError(v)
    return "after with"


print(body())
