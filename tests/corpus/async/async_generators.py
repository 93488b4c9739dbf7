import asyncio


async def ticker(interval, count):
    for i in range(count):
        await asyncio.sleep(interval)
        yield i


async def paginate(pages):
    for number, page in enumerate(pages, 1):
        await asyncio.sleep(0)
        yield number, page


async def amerge(*sources):
    queue = asyncio.Queue()
    done = object()

    async def drain(src):
        async for item in src:
            await queue.put(item)
        await queue.put(done)

    tasks = [asyncio.create_task(drain(s)) for s in sources]
    remaining = len(tasks)
    while remaining:
        item = await queue.get()
        if item is done:
            remaining -= 1
        else:
            yield item


async def main():
    print([i async for i in ticker(0.001, 4)])
    async for number, page in paginate([["a", "b"], ["c"], []]):
        print(number, page)
    merged = [x async for x in amerge(ticker(0.001, 3), ticker(0.0015, 2))]
    print(sorted(merged), len(merged))
    agen = ticker(0, 10)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()


asyncio.run(main())
