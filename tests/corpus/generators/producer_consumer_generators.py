from collections import deque


def producer(name, count):
    for i in range(count):
        yield f"{name}{i}"


def round_robin(*generators):
    queue = deque(generators)
    while queue:
        gen = queue.popleft()
        try:
            yield next(gen)
        except StopIteration:
            continue
        queue.append(gen)


def scheduler(tasks):
    """Cooperative multitasking: each task yields to give up the CPU."""
    ready = deque(tasks)
    log = []
    while ready:
        task = ready.popleft()
        try:
            log.append(next(task))
            ready.append(task)
        except StopIteration as done:
            log.append(f"done:{done.value}")
    return log


def task(name, steps):
    for i in range(steps):
        yield f"{name}.{i}"
    return name.upper()


print(list(round_robin(producer("a", 3), producer("b", 1), producer("c", 2))))
print(scheduler([task("x", 2), task("y", 3), task("z", 1)]))
