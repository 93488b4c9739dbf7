# Async generator objects driven by hand: asend, athrow, aclose, ag_* attributes.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


def step(awaitable, value=None):
    """Sends one value; returns ('yield', v), ('stop', v) or ('raise', name, message)."""
    try:
        return ("yield", awaitable.send(value))
    except StopIteration as stop:
        return ("stop", stop.value)
    except Exception as err:
        return ("raise", type(err).__name__, str(err))


def drive(awaitable, replies=()):
    replies = list(replies)
    trace = []
    value = None
    while True:
        result = step(awaitable, value)
        trace.append(result)
        if result[0] != "yield":
            return trace
        value = replies.pop(0) if replies else None


async def counter(n):
    total = 0
    for i in range(n):
        got = await Pause(f"pause {i}")
        total += i
        received = yield (i, got)
        if received is not None:
            print("  counter received", received)
    print("  counter done, total", total)


g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("ag_running", g.ag_running, "ag_suspended", g.ag_suspended, "ag_await", g.ag_await)
print("ag_code", g.ag_code.co_name, g.ag_frame is not None)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(step(a))
print("while awaiting: ag_running", g.ag_running, "ag_await", type(g.ag_await).__name__)
print(step(a, "reply"))
print("after yield: ag_running", g.ag_running, "ag_suspended", g.ag_suspended)
print(step(a))
print(drive(g.asend("sent")))
print(drive(g.__anext__(), ["r1"]))
print(drive(g.__anext__()))
print("finished frame", g.ag_frame, "suspended", g.ag_suspended)
print(drive(g.__anext__()))


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("  guarded caught", repr(err))
        yield "recovered"
    finally:
        print("  guarded cleanup")
        await Pause("cleanup pause")


g = guarded()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("boom"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(g.aclose()))

g = guarded()
print(drive(g.aclose()))
print(drive(g.__anext__()))

g = guarded()
print(drive(g.__anext__()))
print(drive(g.athrow(KeyError("k"))))
print(drive(g.athrow(KeyError("again"))))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"


g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))


async def empty():
    return
    yield


print(drive(empty().__anext__()))


async def slow():
    await Pause("slow")
    yield "slow value"


g = slow()
first = g.__anext__()
print(step(first))
second = g.__anext__()
print(step(second))
print(step(g.aclose()))
print(step(g.athrow(ValueError)))
print(step(first))
print(step(first))
print("reuse", step(first))


async def echo():
    value = None
    while True:
        value = yield value


e = echo()
print(step(e.asend("early")))
print(drive(e.asend(None)))
print(drive(e.asend(1)), drive(e.asend(2)))
a = e.asend(3)
print(step(a))
print(step(a))
t = e.athrow(RuntimeError("stop"))
print(step(t, "x"))
print(step(t))
print(step(t))
print(drive(e.asend(4)))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


g = raises_stop()
print(drive(g.__anext__()))
r = drive(g.__anext__())
print(r)


async def raises_stopiteration():
    raise StopIteration("inner")
    yield


print(drive(raises_stopiteration().__anext__()))
