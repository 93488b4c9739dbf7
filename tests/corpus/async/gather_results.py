import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return {"url": url, "status": 200, "size": len(url) * 100}


async def main():
    urls = [("https://a.example", 0.01), ("https://b.example", 0.005), ("https://bad.example", 0.002)]
    results = await asyncio.gather(*(fetch(u, d) for u, d in urls), return_exceptions=True)
    for (url, _), result in zip(urls, results):
        if isinstance(result, Exception):
            print(f"{url}: failed ({result})")
        else:
            print(f"{url}: {result['status']} {result['size']} bytes")
    try:
        await asyncio.gather(fetch("https://bad.example/2", 0), fetch("https://ok.example", 0.01))
    except ConnectionError as err:
        print("first failure propagates:", err)


asyncio.run(main())
