import asyncio
from collections import defaultdict


class Broker:
    def __init__(self):
        self.channels = defaultdict(list)

    def subscribe(self, channel):
        queue = asyncio.Queue()
        self.channels[channel].append(queue)
        return queue

    async def publish(self, channel, message):
        for queue in self.channels[channel]:
            await queue.put(message)


async def listener(name, queue, count, log):
    for _ in range(count):
        message = await queue.get()
        log.append(f"{name} <- {message}")


async def main():
    broker = Broker()
    log = []
    news_a = broker.subscribe("news")
    news_b = broker.subscribe("news")
    sport = broker.subscribe("sport")
    listeners = [
        asyncio.create_task(listener("a", news_a, 2, log)),
        asyncio.create_task(listener("b", news_b, 2, log)),
        asyncio.create_task(listener("c", sport, 1, log)),
    ]
    await broker.publish("news", "election")
    await broker.publish("sport", "final score")
    await broker.publish("news", "weather")
    await asyncio.gather(*listeners)
    print(*sorted(log), sep="\n")


asyncio.run(main())
