class Pause:
    def __await__(self):
        yield


async def failing():
    await Pause()
    raise ValueError("failed inside")


async def catcher():
    try:
        await failing()
    except ValueError as err:
        return f"caught: {err}"


async def rethrow():
    try:
        await failing()
    except ValueError as err:
        raise RuntimeError("wrapped") from err


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


print(run(catcher()))
try:
    run(rethrow())
except RuntimeError as err:
    print(err, "<-", repr(err.__cause__))
try:
    run(failing())
except ValueError as err:
    print("propagated:", err)


async def finally_runs(log):
    try:
        await Pause()
        raise KeyError("inner")
    finally:
        log.append("finally ran")


log = []
try:
    run(finally_runs(log))
except KeyError as err:
    print("KeyError:", err, log)


async def cleanup_on_throw(log):
    try:
        await Pause()
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise


coro = cleanup_on_throw(log)
coro.send(None)
coro.close()
print(log)
coro2 = cleanup_on_throw(log)
coro2.send(None)
try:
    coro2.throw(ValueError("thrown in"))
except ValueError as err:
    print("ValueError:", err)


async def returns_after_handling():
    try:
        await failing()
    except ValueError:
        pass
    return "recovered"


print(run(returns_after_handling()))
