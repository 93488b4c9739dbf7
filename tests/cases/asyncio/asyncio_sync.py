# asyncio Lock, Event, Condition, Semaphore and Queue: the order in which
# tasks wake is FIFO and decided by the loop's iterations, not by time.
import asyncio


async def lock_demo():
    lock = asyncio.Lock()
    log = []

    async def user(name):
        log.append(f"{name} wants")
        async with lock:
            log.append(f"{name} holds")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append(f"{name} releases")

    await asyncio.gather(user("a"), user("b"), user("c"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as err:
        print("RuntimeError:", err)
    await lock.acquire()
    print(lock.locked(), repr(lock).endswith("[locked]>"))
    lock.release()


async def event_demo():
    event = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f"{name} waiting")
        await event.wait()
        log.append(f"{name} woke")

    tasks = [asyncio.create_task(waiter(n)) for n in "xyz"]
    await asyncio.sleep(0)
    log.append(f"set, is_set was {event.is_set()}")
    event.set()
    await asyncio.gather(*tasks)
    print(log)
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} got {items.pop(0)}")

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(log)
    try:
        cond.notify()
    except RuntimeError as err:
        print("RuntimeError:", err)


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"start {i}")
            await asyncio.sleep(0)
            log.append(f"end {i}")
            active -= 1

    await asyncio.gather(*(job(i) for i in range(5)))
    print(log)
    print("peak", peak, sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as err:
        print("ValueError:", err)
    try:
        asyncio.Semaphore(-1)
    except ValueError as err:
        print("ValueError:", err)


async def queue_demo():
    queue = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(5):
            await queue.put(i)
            log.append(f"put {i} (size {queue.qsize()})")
        await queue.put(None)

    async def consumer():
        while True:
            item = await queue.get()
            queue.task_done()
            if item is None:
                break
            log.append(f"got {item}")
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print(log)
    await queue.join()
    print(queue.empty(), queue.full(), queue.maxsize)

    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as err:
        print("ValueError:", err)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    # join() waits for task_done of every item.
    work = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await work.get()
            done.append(f"{name}:{item}")
            work.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    for i in range(4):
        work.put_nowait(i)
    await work.join()
    print(done)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


async def futures_demo():
    loop = asyncio.get_running_loop()
    order = []
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        f.add_done_callback(lambda f, i=i: order.append(f"cb{i}={f.result()}"))
    loop.call_soon(futs[2].set_result, "c")
    loop.call_soon(futs[0].set_result, "a")
    loop.call_soon(futs[1].set_result, "b")
    print(await asyncio.gather(*futs))
    print(order)

    # as_completed yields futures in the order they finish.
    futs = [loop.create_future() for _ in range(3)]
    for k in (1, 2, 0):
        loop.call_soon(futs[k].set_result, f"f{k}")
    print([await f for f in asyncio.as_completed(futs)])
    futs = [loop.create_future() for _ in range(2)]
    loop.call_soon(futs[1].set_result, "second")
    loop.call_soon(futs[0].set_result, "first")
    print([await f async for f in asyncio.as_completed(futs)])

    # shield: cancelling the outer future leaves the inner one running.
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    outer.cancel()
    print(outer.cancelled(), inner.cancelled())
    inner.set_result("inner survived")
    print(await inner)

    # wait with FIRST_COMPLETED.
    a = loop.create_future()
    b = loop.create_future()
    loop.call_soon(b.set_result, "b")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    a.cancel()
    try:
        await asyncio.wait([])
    except ValueError as err:
        print("ValueError:", err)


async def main():
    await lock_demo()
    await event_demo()
    await condition_demo()
    await semaphore_demo()
    await queue_demo()
    await futures_demo()


asyncio.run(main())
