def handler_fails():
    try:
        raise KeyError("original")
    except KeyError:
        return undefined_name


try:
    handler_fails()
except NameError as err:
    print("NameError:", err, "| context:", repr(err.__context__))


def else_fails():
    try:
        pass
    except Exception:
        print("never")
    else:
        raise RuntimeError("from else")


try:
    else_fails()
except RuntimeError as err:
    print("RuntimeError:", err, err.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
except ValueError as err:
    print("bare raise restores the outer exception:", err)


def finally_replaces():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner handled:", inner)


try:
    finally_replaces()
except ValueError as err:
    print("the original still propagates:", err)


def nested_handlers():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError as e1:
            log.append(f"caught {e1!r}")
            raise IndexError("i")
    except IndexError as e2:
        log.append(f"caught {e2!r} with context {e2.__context__!r}")
    return log


print(nested_handlers())
try:
    try:
        raise OSError("disk")
    except OSError:
        raise
except OSError as err:
    print("re-raised:", err, err.__context__)
