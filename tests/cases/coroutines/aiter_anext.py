# The built-ins aiter() and anext(), with and without a default.


class Pause:
    def __await__(self):
        yield "pause"


def drive(awaitable):
    steps = 0
    try:
        while True:
            awaitable.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps
    except Exception as err:
        return f"{type(err).__name__}: {err}", steps


async def numbers():
    for i in range(2):
        await Pause()
        yield i


ag = numbers()
print(aiter(ag) is ag)
print(drive(anext(ag)))
print(drive(anext(ag, "default")))
print(drive(anext(ag, "default")))
print(drive(anext(ag)))
pending = anext(ag, None)
print(type(pending).__name__)
pending.close()


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(Countdown(2))
    values = [await anext(it), await anext(it), await anext(it, "done")]
    try:
        await anext(it)
    except StopAsyncIteration:
        values.append("StopAsyncIteration")
    return values


print(drive(main()))


class NotAsync:
    pass


class BadAiter:
    def __aiter__(self):
        return 1


for bad in [lambda: aiter(1), lambda: aiter(NotAsync()), lambda: aiter(BadAiter()), lambda: anext(1),
            lambda: anext([]), lambda: anext(NotAsync(), 0), lambda: aiter(), lambda: anext()]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)

# anext()'s awaitable with a default: its send, throw and close.
ag = numbers()
a = anext(ag, "fallback")
print(iter(a) is a, a.__await__() is a)
print(a.send(None))
try:
    a.throw(ValueError("thrown into anext"))
except ValueError as err:
    print("ValueError:", err)
a = anext(ag, "fallback")
try:
    a.send(None)
except StopIteration as stop:
    print("after error:", stop.value)


async def plain_coroutine_anext():
    class Source:
        def __aiter__(self):
            return self

        def __anext__(self):
            return finish()

    async def finish():
        await Pause()
        raise StopAsyncIteration

    return await anext(Source(), "from coroutine")


print(drive(plain_coroutine_anext()))
