class Pause:
    def __await__(self):
        yield "pause"


async def agen():
    for i in range(3):
        await Pause()
        yield i * 10


def drive(awaitable):
    pauses = 0
    while True:
        try:
            awaitable.send(None)
            pauses += 1
        except StopIteration as stop:
            return stop.value, pauses
        except StopAsyncIteration:
            return "StopAsyncIteration", pauses


g = agen()
print(type(g).__name__)
for _ in range(4):
    print(drive(g.__anext__()))


async def collect():
    return [x async for x in agen()]


print(drive(collect()))


async def echo():
    received = None
    while True:
        received = yield received


e = echo()
print(drive(e.asend(None)), drive(e.asend("hello")), drive(e.asend("world")))
print(drive(e.aclose()))
