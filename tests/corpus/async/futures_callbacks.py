import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    events = []
    future.add_done_callback(lambda f: events.append(f"callback saw {f.result()}"))
    loop.call_later(0.005, future.set_result, "payload")
    loop.call_soon(events.append, "call_soon ran")
    print(await future)
    await asyncio.sleep(0)
    failing = loop.create_future()
    failing.set_exception(KeyError("nope"))
    try:
        await failing
    except KeyError as err:
        events.append(f"future raised {err}")
    print(*events, sep="\n")


asyncio.run(main())
