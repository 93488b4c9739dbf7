def returns_in_try():
    try:
        return "try"
    finally:
        print("finally after return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")


print(returns_in_try())
print(finally_overrides())
print(finally_swallows())
print(loop_finally())
print(nested())
try:
    raise_in_finally()
except TypeError as err:
    print("TypeError:", err, "| context:", repr(err.__context__))
