import asyncio


async def worker(name, queue, stop, processed):
    while not stop.is_set() or not queue.empty():
        try:
            item = await asyncio.wait_for(queue.get(), timeout=0.005)
        except TimeoutError:
            continue
        processed.append((name, item))
        queue.task_done()


async def main():
    queue, stop, processed = asyncio.Queue(), asyncio.Event(), []
    workers = [asyncio.create_task(worker(f"w{i}", queue, stop, processed)) for i in range(3)]
    for item in range(10):
        await queue.put(item)
    await queue.join()
    stop.set()
    await asyncio.gather(*workers)
    print(sorted(item for _, item in processed), all(w.done() for w in workers))


asyncio.run(main())
