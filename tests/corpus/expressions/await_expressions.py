import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def pair():
    return await value(1), await value(2)


async def main():
    total = await value(1) + await value(2) * await value(3)
    nested = await value(await value(5))
    listed = [await value(i) for i in range(3)]
    cond = await value("yes") if total > 5 else await value("no")
    power = await value(2) ** 3
    negated = -await value(4)
    awaited_attr = (await value("text")).upper()
    awaited_index = (await value([10, 20]))[1]
    results = await asyncio.gather(value("a"), value("b", 0.01), pair())
    done = await asyncio.wait_for(value("in time"), timeout=1)
    print(total, nested, listed, cond, power, negated, awaited_attr, awaited_index)
    print(results, done)
    print(f"{await value('in an f-string')!r:>20}", f"{(await value(2)) * 3}")
    task = asyncio.create_task(value("task"))
    print(await task, not await value(False))


asyncio.run(main())
