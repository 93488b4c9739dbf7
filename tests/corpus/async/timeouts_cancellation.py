import asyncio


async def slow(seconds):
    try:
        await asyncio.sleep(seconds)
        return "finished"
    except asyncio.CancelledError:
        print(f"slow({seconds}) was cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.01):
            await slow(1)
    except TimeoutError:
        print("timeout context expired")
    task = asyncio.create_task(slow(1))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    shielded = asyncio.create_task(slow(0.01))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), timeout=0.001)
    except TimeoutError:
        print("shield kept running:", await shielded)


asyncio.run(main())
