import asyncio


async def download(name, size):
    await asyncio.sleep(size / 1000)
    if size > 50:
        raise ValueError(f"{name} too large")
    return name, size


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(download(f"file{i}", i * 5)) for i in range(1, 5)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(download("small", 1))
            group.create_task(download("huge", 60))
    except ExceptionGroup as group_error:
        print([str(e) for e in group_error.exceptions])
    print("done")


if __name__ == "__main__":
    asyncio.run(main())
