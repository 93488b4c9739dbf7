import asyncio


async def sleep_sort(values, scale=0.002):
    result = []

    async def place(v):
        await asyncio.sleep(v * scale)
        result.append(v)

    await asyncio.gather(*map(place, values))
    return result


async def countdown(name, n):
    while n:
        print(f"{name}: {n}")
        await asyncio.sleep(0.001)
        n -= 1
    return f"{name} lift-off"


async def main():
    print(await sleep_sort([5, 1, 4, 2, 3]))
    results = await asyncio.gather(countdown("A", 2), countdown("B", 3))
    print(results)


asyncio.run(main())
