import asyncio


class Ticker:
    """An async iterator that yields a few numbers."""

    def __init__(self, limit):
        self.limit = limit
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current += 1
        return self.current


class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def __aexit__(self, *exc_info):
        print("close session")
        return False

    async def fetch(self, key):
        await asyncio.sleep(0)
        return key.upper()


async def numbers(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    async with Session() as session, Session():
        print(await session.fetch("abc"))
    async with (
        Session() as first,
        Session() as second,
    ):
        print(first is not second)
    async for tick in Ticker(3):
        print("tick", tick)
    else:
        print("ticker done")
    squares = [x * x async for x in numbers(5)]
    evens = {x async for x in numbers(6) if x % 2 == 0}
    table = {x: await session.fetch(str(x)) async for x in numbers(2)}
    lazy = (x + 1 async for x in numbers(3))
    print(squares, sorted(evens), table, [y async for y in lazy])
    results = await asyncio.gather(*(session.fetch(w) for w in ("a", "b")))
    return results


print(asyncio.run(main()))
