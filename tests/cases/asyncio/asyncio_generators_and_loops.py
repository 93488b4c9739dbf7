# Async generators under asyncio (closed by asyncio.run at shutdown), Runner,
# explicit event loops, exception handlers and callback errors.
import asyncio


async def numbers(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"numbers({n}) finalized")


async def main(log):
    total = 0
    async for i in numbers(3, log):
        total += i
    squares = [i * i async for i in numbers(4, log)]
    gen = numbers(10, log)
    first = await anext(gen)
    log.append(f"left suspended after {first}")
    # gen stays suspended: asyncio.run closes it at shutdown (shutdown_asyncgens).
    return total, squares


log = []
print(asyncio.run(main(log)))
print(log)


# Runner: several coroutines on one loop.
async def add(a, b):
    await asyncio.sleep(0)
    return a + b


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
pending = add(0, 0)
try:
    runner.run(pending)
except RuntimeError as err:
    print("RuntimeError:", err)
pending.close()

# An explicit loop.
loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(5, 6)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "set by call_soon")
print(loop.run_until_complete(fut))
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever returned after stop()")
loop.close()
pending = add(1, 1)
try:
    loop.run_until_complete(pending)
except RuntimeError as err:
    print("RuntimeError:", err)
pending.close()


# Errors in callbacks go to the exception handler; the loop goes on.
async def handler_demo():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda loop, context: seen.append((context["message"].split(" ")[0], repr(context.get("exception")))))

    def broken():
        raise ZeroDivisionError("in callback")

    loop.call_soon(broken)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message"})
    print(seen)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(handler_demo())


# create_task checks its argument; a task's exception is kept for result().
async def checks():
    try:
        asyncio.create_task(42)
    except TypeError as err:
        print("TypeError:", err)

    async def boom():
        raise OSError("task failed")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except OSError as err:
        print("result() raised", err)
    try:
        await t
    except OSError as err:
        print("await raised", err)


asyncio.run(checks())
