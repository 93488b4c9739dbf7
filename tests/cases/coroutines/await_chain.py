class Tick:
    def __await__(self):
        yield "tick"


async def leaf(n):
    await Tick()
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    return a + b


async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results


def drive(coro):
    ticks = 0
    while True:
        try:
            signal = coro.send(None)
        except StopIteration as stop:
            return stop.value, ticks
        assert signal == "tick"
        ticks += 1


print(drive(top()))
print(drive(middle(5)))
print(drive(leaf(21)))


async def with_comprehension():
    return [await leaf(i) for i in range(4)]


print(drive(with_comprehension()))


async def conditional(flag):
    return await leaf(1) if flag else await middle(1)


print(drive(conditional(True)), drive(conditional(False)))


async def accumulate(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


print(drive(accumulate(5)))


async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)


print(drive(recursive(10)))


async def raises_after_tick():
    await Tick()
    raise ValueError("after one tick")


try:
    drive(raises_after_tick())
except ValueError as err:
    print("ValueError:", err)
