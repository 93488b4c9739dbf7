import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(0.02, "hello"))
    task2 = asyncio.create_task(say_after(0.01, "world"))
    results = [await task1, await task2]
    elapsed = time.perf_counter() - start
    print(results, "overlapped" if elapsed < 0.029 else "sequential")


asyncio.run(main())
