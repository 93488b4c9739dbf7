try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as err:
    print(err, "| context:", repr(err.__context__), "| cause:", err.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            [][1]
        except IndexError:
            raise RuntimeError("deep")
except RuntimeError as err:
    chain = []
    current = err
    while current is not None:
        chain.append(type(current).__name__)
        current = current.__context__
    print(" <- ".join(chain))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise e
except KeyError as err:
    print("re-raising the same object keeps no self-context:", err.__context__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as err:
    print("finally does not chain:", err.__context__)


def handler():
    try:
        raise OSError("disk")
    except OSError:
        return sys_like_info()


def sys_like_info():
    import sys
    exc = sys.exception()
    return type(exc).__name__, str(exc)


print(handler())
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise TypeError("t") from None
except TypeError as t:
    print(repr(t.__context__), t.__suppress_context__, t.__cause__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise KeyError("after the handler finished")
except KeyError as err:
    print("no context once the handler is done:", err.__context__)


def generator_chain():
    try:
        yield 1
    except GeneratorExit:
        raise


g = generator_chain()
next(g)
g.close()
print("closed without chaining errors")
