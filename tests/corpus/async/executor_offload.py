import asyncio
import concurrent.futures
import hashlib


def cpu_work(seed):
    digest = seed.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    return seed, digest.hex()[:12]


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [loop.run_in_executor(pool, cpu_work, f"seed-{i}") for i in range(6)]
        for seed, digest in await asyncio.gather(*jobs):
            print(seed, digest)


asyncio.run(main())
