# break, continue and return crossing finally blocks.
def loop_with_finally():
    events = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            events.append(f"body {i}")
        finally:
            events.append(f"finally {i}")
    return events


def return_overridden():
    try:
        return "from try"
    finally:
        print("finally sees the pending return")


def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("boom")
        finally:
            log.append("inner finally")
    except ValueError as err:
        log.append(f"caught {err}")
    finally:
        log.append("outer finally")
    return log


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("attempt", n)
    return n


print(loop_with_finally())
print(return_overridden())
print(nested_finally())
print(while_finally())
