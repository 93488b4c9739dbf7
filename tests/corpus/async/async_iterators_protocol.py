import asyncio


class AsyncRange:
    def __init__(self, stop):
        self.stop = stop

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1


class AsyncFile:
    def __init__(self, lines):
        self.lines = lines
        self.closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.closed = True

    async def readlines(self):
        for line in self.lines:
            await asyncio.sleep(0)
            yield line


async def main():
    total = 0
    async for i in AsyncRange(5):
        total += i
    async with AsyncFile(["a\n", "b\n"]) as f:
        lines = [line.strip() async for line in f.readlines()]
    print(total, lines, f.closed)
    evens = [i async for i in AsyncRange(10) if i % 2 == 0]
    pairs = {i: i * i async for i in AsyncRange(3)}
    print(evens, pairs)


asyncio.run(main())
