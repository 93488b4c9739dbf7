class Channel:
    def __init__(self):
        self.items = []

    def put(self, item):
        self.items.append(item)

    def get(self):
        return ChannelGet(self)


class ChannelGet:
    def __init__(self, channel):
        self.channel = channel

    def __await__(self):
        while not self.channel.items:
            yield "waiting"
        return self.channel.items.pop(0)


async def consumer(channel, log):
    total = 0
    while True:
        item = await channel.get()
        if item is None:
            return total
        log.append(f"consumed {item}")
        total += item


channel, log = Channel(), []
coro = consumer(channel, log)
print(coro.send(None))
for item in [5, 10, None]:
    channel.put(item)
    try:
        print(coro.send(None))
    except StopIteration as stop:
        print("total", stop.value)
print(log)


async def relay(source, target, factor):
    while True:
        item = await source.get()
        if item is None:
            target.put(None)
            return "relay finished"
        target.put(item * factor)


first, second, log2 = Channel(), Channel(), []
relay_coro = relay(first, second, 3)
sink = consumer(second, log2)
print(relay_coro.send(None), sink.send(None))
for item in [1, 2, None]:
    first.put(item)
    try:
        relay_coro.send(None)
    except StopIteration as stop:
        print(stop.value)
    try:
        print(sink.send(None))
    except StopIteration as stop:
        print("sink total", stop.value)
print(log2)
