class Step:
    def __await__(self):
        yield "step"


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await Step()
        self.log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return exc_type is ValueError


class Numbers:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main(log):
    async with Resource("a", log) as a, Resource("b", log):
        log.append(f"inside with {a.name}")
    async with Resource("c", log):
        raise ValueError("suppressed")
    total = 0
    async for n in Numbers(4):
        total += n
    else:
        log.append("async for finished")
    return total


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as stop:
            return stop.value, steps


log = []
print(run(main(log)))
print(*log, sep="\n")
