def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    x = yield from y
    yield from y
    print((yield))
    print((yield 1))
    await_ = (yield from z)
    return (yield)
async def coro():
    await x
    await x.y()
    await (yield)
    a = await b
    c = [await d for d in e]
    async with a as b:
        pass
    async for i in aiter():
        pass
    else:
        pass
    return await f() ** 2
