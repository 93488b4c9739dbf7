import asyncio


class RateLimitedClient:
    def __init__(self, limit):
        self.semaphore = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def request(self, n):
        async with self.semaphore:
            self.active += 1
            self.peak = max(self.peak, self.active)
            await asyncio.sleep(0.005)
            self.active -= 1
            return n * n


async def increment(lock, state):
    async with lock:
        current = state["value"]
        await asyncio.sleep(0)
        state["value"] = current + 1


async def main():
    client = RateLimitedClient(3)
    squares = await asyncio.gather(*(client.request(i) for i in range(10)))
    print(squares, "peak", client.peak)
    lock, state = asyncio.Lock(), {"value": 0}
    await asyncio.gather(*(increment(lock, state) for _ in range(50)))
    print("value", state["value"], lock.locked())


asyncio.run(main())
