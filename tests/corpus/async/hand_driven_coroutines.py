# Driving coroutines without an event loop: send() until StopIteration.
import types


@types.coroutine
def suspend(value):
    received = yield value
    return received


async def add_remotely(a, b):
    x = await suspend(("need", a))
    y = await suspend(("need", b))
    return x + y


async def orchestrate():
    first = await add_remotely(1, 2)
    second = await add_remotely(first, 10)
    return [first, second]


def run(coro):
    request = coro.send(None)
    while True:
        kind, payload = request
        reply = payload * 100 if kind == "need" else None
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value


print(run(orchestrate()))
coro = add_remotely(5, 6)
print(coro.send(None), type(coro).__name__)
coro.close()
