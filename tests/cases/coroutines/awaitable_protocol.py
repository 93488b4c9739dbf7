class Value:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            yield f"count {i}"
        return "liftoff"


async def main():
    a = await Value(1)
    b = await Countdown(3)
    return a, b


coro = main()
while True:
    try:
        print(coro.send(None))
    except StopIteration as stop:
        print("main returned", stop.value)
        break


async def bad_await():
    await 5


try:
    bad_await().send(None)
except TypeError as err:
    print("TypeError:", err)


class NotIterator:
    def __await__(self):
        return 42


async def bad_protocol():
    await NotIterator()


try:
    bad_protocol().send(None)
except TypeError as err:
    print("TypeError:", err)
