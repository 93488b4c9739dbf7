import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.available = asyncio.Condition()

    @asynccontextmanager
    async def connection(self):
        async with self.available:
            await self.available.wait_for(lambda: self.free)
            conn = self.free.pop()
        try:
            yield conn
        finally:
            async with self.available:
                self.free.append(conn)
                self.available.notify()


async def query(pool, n, used):
    async with pool.connection() as conn:
        used.add(conn)
        await asyncio.sleep(0.001)
        return n * 10


async def main():
    pool = Pool(2)
    used = set()
    results = await asyncio.gather(*(query(pool, i, used) for i in range(6)))
    print(results, sorted(used), sorted(pool.free))


asyncio.run(main())
