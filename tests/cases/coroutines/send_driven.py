# Coroutines driven by hand: await a custom awaitable that yields requests.
class Request:
    def __init__(self, payload):
        self.payload = payload

    def __await__(self):
        reply = yield self.payload
        return reply


async def add(a, b):
    x = await Request(("get", a))
    y = await Request(("get", b))
    return x + y


def run(coro, values):
    log = []
    try:
        request = coro.send(None)
        while True:
            log.append(request)
            request = coro.send(values[request[1]])
    except StopIteration as stop:
        return stop.value, log


print(run(add("a", "b"), {"a": 10, "b": 32}))
coro = add("x", "y")
print(type(coro).__name__, coro.cr_running, coro.cr_await)
print(coro.send(None))
print(coro.send(1))
try:
    coro.send(2)
except StopIteration as stop:
    print("returned", stop.value)


async def nothing_awaited():
    return "immediate"


c = nothing_awaited()
try:
    c.send(None)
except StopIteration as stop:
    print("immediate result:", stop.value)
