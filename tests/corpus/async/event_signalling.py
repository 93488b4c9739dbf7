import asyncio


async def waiter(name, event, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")


async def setter(event, log):
    await asyncio.sleep(0.005)
    log.append("setting event")
    event.set()


async def conditioned(cond, items, log):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        log.append(f"condition met with {items}")


async def main():
    log = []
    event = asyncio.Event()
    await asyncio.gather(waiter("a", event, log), waiter("b", event, log), setter(event, log))
    cond, items = asyncio.Condition(), []
    watcher = asyncio.create_task(conditioned(cond, items, log))
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify_all()
    await watcher
    print(*log, sep="\n")


asyncio.run(main())
