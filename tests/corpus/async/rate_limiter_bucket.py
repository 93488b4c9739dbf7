import asyncio
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def call(bucket, i, stamps):
    await bucket.acquire()
    stamps.append(i)


async def main():
    bucket = TokenBucket(rate=500, capacity=3)
    stamps = []
    await asyncio.gather(*(call(bucket, i, stamps) for i in range(8)))
    print(sorted(stamps), len(stamps))


asyncio.run(main())
