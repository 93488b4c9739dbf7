try:
    work()
except* ValueError as e:
    handle(e)
except* (TypeError, KeyError):
    other()
else:
    done()

try:
    work()
except* OSError:
    raise
finally:
    cleanup()


def f(items):
    for item in items:
        try:
            item()
        except* ValueError as e:
            for x in e.exceptions:
                continue
            def inner():
                return 1
    return items


async def g():
    try:
        await work()
    except* ValueError as e:
        await handle(e)


def h(n):
    while n:
        try:
            n -= 1
        except* ValueError:
            pass
        except* TypeError as e:
            log(e)
    try:
        return n
    except* Exception:
        pass
    finally:
        print("done")
