import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [job("slow", 0.03), job("fast", 0.01), job("medium", 0.02)]
    order = []
    for next_done in asyncio.as_completed(jobs):
        order.append(await next_done)
    print(order)
    tasks = {asyncio.create_task(job(n, d)) for n, d in [("x", 0.001), ("y", 0.05)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(all(t.cancelled() for t in done), pending)


asyncio.run(main())
