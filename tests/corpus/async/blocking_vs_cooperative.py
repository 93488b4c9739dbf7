import asyncio
import time


async def blocking_task(name):
    time.sleep(0.02)  # blocks the whole event loop
    return name


async def cooperative_task(name):
    await asyncio.sleep(0.02)
    return name


async def timed(factory):
    start = time.perf_counter()
    await asyncio.gather(*(factory(i) for i in range(5)))
    return time.perf_counter() - start


async def main():
    blocking = await timed(blocking_task)
    cooperative = await timed(cooperative_task)
    print(f"blocking slower than cooperative: {blocking > cooperative * 2}")
    result = await asyncio.to_thread(time.sleep, 0.001)
    print("to_thread returned", result)


asyncio.run(main())
