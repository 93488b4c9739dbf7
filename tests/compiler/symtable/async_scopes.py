import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return n

async def main():
    results = [await fetch(i) for i in range(3)]
    agen = (await fetch(i) for i in range(3))
    async for item in aiter_source():
        print(item)
    async with lock() as held:
        print(held)
    collected = [x async for x in aiter_source()]
    return results, agen, collected

async def agen_func():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

def generator(n):
    total = yield n
    yield from range(total)
