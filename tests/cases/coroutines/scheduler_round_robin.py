from collections import deque


class Yield:
    def __await__(self):
        yield


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} done"


def run_all(coros):
    ready = deque(coros)
    results = []
    while ready:
        coro = ready.popleft()
        try:
            coro.send(None)
            ready.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results


log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)


async def counter(name, limit, shared):
    for _ in range(limit):
        shared[name] = shared.get(name, 0) + 1
        await Yield()
    return shared.get(name, 0)


shared = {}
print(run_all([counter("x", 2, shared), counter("y", 4, shared), counter("z", 0, shared)]))
print(shared)


def run_with_trace(coros):
    ready = deque(enumerate(coros))
    trace = []
    while ready:
        index, coro = ready.popleft()
        try:
            coro.send(None)
            trace.append(index)
            ready.append((index, coro))
        except StopIteration:
            trace.append(f"{index} done")
    return trace


print(run_with_trace([worker("p", 2, []), worker("q", 3, [])]))
