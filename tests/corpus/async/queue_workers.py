import asyncio
import random


async def producer(queue, items):
    for item in items:
        await queue.put(item)
    print("producer done")


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(item / 1000)
            results.append((name, item))
        finally:
            queue.task_done()


async def main():
    rng = random.Random(3)
    queue = asyncio.Queue(maxsize=4)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await producer(queue, [rng.randint(1, 10) for _ in range(12)])
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(len(results), sorted({name for name, _ in results}))


asyncio.run(main())
