# async for, async with and async comprehensions over async generators,
# run by a small hand-written scheduler.


class Sleep:
    """Yields once to the scheduler, which hands back the tag."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


def run(coro):
    log = []
    value = None
    while True:
        try:
            tag = coro.send(value)
        except StopIteration as stop:
            print("  pauses:", " ".join(log))
            return stop.value
        log.append(str(tag))
        value = f"<{tag}>"


async def ticker(n, name="t"):
    for i in range(n):
        got = await Sleep(f"{name}{i}")
        yield i, got


async def squares(n):
    for i in range(n):
        yield i * i


async def double(x):
    await Sleep(f"d{x}")
    return 2 * x


async def comprehensions():
    a = [x async for x in squares(5)]
    b = {x async for x in squares(4) if x % 2 == 0}
    c = {x: i async for i, x in ticker(3)}
    d = [await double(x) for x in range(3)]
    e = [y async for x in ticker(2, "o") async for y in ticker(2, f"i{x[0]}-")]
    f = [x + y async for x in squares(3) for y in (10, 20)]
    g = [i async for i in squares(10) if i > 10 if i < 60]
    return a, sorted(b), c, d, len(e), f, g


print(run(comprehensions()))


async def generator_expressions():
    gen = (x * 2 async for x in squares(4))
    print("  type", type(gen).__name__)
    out = [v async for v in gen]
    gen2 = (await double(x) for x in range(2))
    out2 = [v async for v in gen2]
    return out, out2


print(run(generator_expressions()))


async def loops():
    out = []
    async for i, got in ticker(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append((i, got))
    else:
        out.append("no else after break")
    async for i in squares(2):
        out.append(i)
    else:
        out.append("else ran")
    async for _ in squares(0):
        out.append("never")
    return out


print(run(loops()))


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Sleep(f"enter-{self.name}")
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        await Sleep(f"exit-{self.name}")
        print("  exit", self.name, typ.__name__ if typ else None, value)
        return self.swallow


async def managers():
    async with Manager("a") as a, Manager("b") as b:
        print("  inside", a, b)
    async with Manager("quiet", swallow=True):
        raise KeyError("swallowed")
    try:
        async with Manager("loud"):
            raise KeyError("escapes")
    except KeyError as err:
        print("  caught", repr(err))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return "managers done"


print(run(managers()))


async def return_inside():
    async with Manager("r"):
        async for x in squares(10):
            if x > 3:
                return x


print(run(return_inside()))


async def failing_source():
    yield 1
    raise ValueError("source failed")


async def propagation():
    seen = []
    try:
        async for x in failing_source():
            seen.append(x)
    except ValueError as err:
        seen.append(str(err))
    return seen


print(run(propagation()))


async def closing_early():
    async def source():
        try:
            yield 1
            yield 2
        finally:
            print("  source finally")

    s = source()
    async for x in s:
        break
    print("  suspended after break:", s.ag_suspended)
    await s.aclose()
    print("  after aclose:", s.ag_frame)
    return x


print(run(closing_early()))


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return AsyncRangeIterator(self.n)


class AsyncRangeIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __anext__(self):
        return self._next()

    async def _next(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(f"r{self.i}")
        self.i += 1
        return self.i


async def custom():
    return [x async for x in AsyncRange(3)], [x async for x in AsyncRange(0)]


print(run(custom()))
