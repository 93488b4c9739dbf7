import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart"],
    "/shop/cart": [],
    "/team": ["/about"],
}


async def fetch_links(path):
    await asyncio.sleep(0.001 * len(path))
    return SITE.get(path, [])


async def crawl(start, max_concurrency=3):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait(start)
    order = []

    async def worker():
        while True:
            path = await queue.get()
            order.append(path)
            for link in await fetch_links(path):
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
            queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(max_concurrency)]
    await queue.join()
    for w in workers:
        w.cancel()
    return sorted(order)


print(asyncio.run(crawl("/")))
