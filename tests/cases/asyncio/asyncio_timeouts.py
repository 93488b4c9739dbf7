# asyncio.wait_for, asyncio.timeout and to_thread. Timeouts are far from the
# durations they race against, so a slow run does not change the outcome.
import asyncio
import threading


async def slow(result, delay=10):
    await asyncio.sleep(delay)
    return result


async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=5))
    try:
        await asyncio.wait_for(slow("never"), timeout=0.05)
    except TimeoutError as err:
        print("TimeoutError", type(err.__cause__).__name__, err.__cause__.__class__ is asyncio.CancelledError)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("no timeout", 0.01), timeout=None))

    # A timeout of 0 cancels at once, unless the awaitable is already done.
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, timeout=0))
    try:
        await asyncio.wait_for(slow("zero"), timeout=0)
    except TimeoutError:
        print("TimeoutError at timeout=0")

    # The task awaited by wait_for is cancelled when time runs out.
    task = asyncio.create_task(slow("task"))
    try:
        await asyncio.wait_for(task, timeout=0.05)
    except TimeoutError:
        print("task cancelled:", task.cancelled())

    # asyncio.timeout as a context manager.
    try:
        async with asyncio.timeout(0.05) as cm:
            print("entered", cm.expired(), cm.when() is not None)
            await slow("in timeout")
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0.01)
    print("finished in time, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline:", cm.when())
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as err:
        print("RuntimeError:", err)
    async with asyncio.timeout(5) as cm:
        cm.reschedule(None)
        print("rescheduled:", cm.when())

    # An exception other than the timeout passes through.
    try:
        async with asyncio.timeout(5):
            raise KeyError("inner")
    except KeyError as err:
        print("KeyError passes:", err)

    # A task that catches its cancellation keeps running.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "caught the cancel"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # as_completed with a timeout.
    try:
        for f in asyncio.as_completed([slow("x"), slow("y")], timeout=0.05):
            await f
    except TimeoutError:
        print("as_completed timed out")
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    await asyncio.sleep(0)

    # to_thread runs a blocking call on a thread while the loop goes on: the
    # thread waits for an event that only the loop's ticker sets.
    proceed = threading.Event()

    def blocking(n):
        if not proceed.wait(timeout=30):
            return "the loop did not run"
        return n * 2

    ticks = 0

    async def ticker():
        nonlocal ticks
        while not proceed.is_set():
            ticks += 1
            if ticks == 3:
                proceed.set()
            await asyncio.sleep(0.001)

    tick_task = asyncio.create_task(ticker())
    print(await asyncio.to_thread(blocking, 21))
    await tick_task
    print("ticks while the thread blocked:", ticks)

    def failing():
        raise ValueError("from thread")

    try:
        await asyncio.to_thread(failing)
    except ValueError as err:
        print("ValueError:", err)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(results)
    return "done"


print(asyncio.run(main()))
