import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    return url

async def main(urls):
    results = [await fetch(u) for u in urls]
    async with session() as s:
        await s.get()
    async for item in stream():
        print(item)
    else:
        print("done")
    values = [x async for x in stream() if x]
    mapping = {k: v async for k, v in pairs()}
    return results, values, mapping

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def nested_async():
    async with a() as x, b() as y:
        return x + y

async def async_genexp(xs):
    return (await fetch(x) for x in xs)
