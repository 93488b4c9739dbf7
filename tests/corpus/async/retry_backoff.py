import asyncio


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        await asyncio.sleep(0)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"ok after {self.calls} calls"


async def retry(op, attempts=5, base_delay=0.001):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except ConnectionError as err:
            print(f"  {err}; retrying in {delay * 1000:.0f} ms")
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2


async def main():
    print(await retry(Flaky(2)))
    try:
        await retry(Flaky(10), attempts=3)
    except ConnectionError as err:
        print("gave up:", err)


asyncio.run(main())
