# asyncio: run, create_task, sleep ordering, gather, current_task, all_tasks,
# cancellation. Output depends only on the order of sleep durations, which
# differ by 0.1 s so that a slow start of one task does not reorder them.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.1, log), worker("c", 0.2, log))
    print(results)
    print(log)

    # create_task: tasks start on the next loop iteration, in creation order.
    log.clear()
    t1 = asyncio.create_task(worker("t1", 0.2, log), name="first")
    t2 = asyncio.create_task(worker("t2", 0.1, log))
    log.append("tasks created")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    print(await t1, await t2, t1.get_name(), t1.done(), t2.result())
    print(log)

    # sleep(0) interleaves tasks round-robin.
    order = []

    async def ticker(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 1))
    print(order)

    print(asyncio.current_task() is not None, asyncio.current_task().get_name() == main_name[0])
    print(len(asyncio.all_tasks()))
    print(await asyncio.sleep(0.001, result="slept"))

    # Cancelling a sleeping task.
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError", t.cancelled(), t.done())
    print(t.cancel())

    # A cancel message travels with the CancelledError.
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as err:
        print("message:", err.args)

    # Exceptions in gather: the first one propagates; or they are returned.
    async def fail(delay, exc):
        await asyncio.sleep(delay)
        raise exc

    try:
        await asyncio.gather(worker("g", 0.2, log), fail(0.1, ValueError("bad")))
    except ValueError as err:
        print("gather raised", repr(err))
    await asyncio.sleep(0.2)
    res = await asyncio.gather(fail(0.1, KeyError("k")), worker("h", 0.005, log), return_exceptions=True)
    print(res)
    print(await asyncio.gather())

    # Futures.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(fut.done(), await fut, fut.done())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    fut.set_result(42)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as err:
        print("InvalidStateError:", err)
    fut.cancel()
    print(fut.cancelled())

    # call_soon runs in FIFO order, call_later by time.
    calls = []
    loop.call_later(0.2, calls.append, "later 0.2")
    loop.call_later(0.1, calls.append, "later 0.1")
    loop.call_soon(calls.append, "soon 1")
    loop.call_soon(calls.append, "soon 2")
    h = loop.call_soon(calls.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.3)
    print(calls)
    return "main done"


main_name = []


async def entry():
    main_name.append(asyncio.current_task().get_name())
    return await main()


print(asyncio.run(entry()))
try:
    asyncio.get_running_loop()
except RuntimeError as err:
    print("RuntimeError:", err)


async def nested():
    coro = entry()
    try:
        asyncio.run(coro)
    except RuntimeError as err:
        print("RuntimeError:", err)
    coro.close()


asyncio.run(nested())
try:
    asyncio.run(42)
except ValueError as err:
    print("ValueError:", err)
print(asyncio.iscoroutinefunction(entry), asyncio.iscoroutine(entry), asyncio.iscoroutinefunction(print))
