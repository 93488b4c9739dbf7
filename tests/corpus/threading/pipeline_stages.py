import queue
import threading

STOP = object()


def stage(fn, inbox, outbox):
    while (item := inbox.get()) is not STOP:
        outbox.put(fn(item))
    outbox.put(STOP)


def run_pipeline(items, *functions):
    queues = [queue.Queue() for _ in range(len(functions) + 1)]
    threads = [threading.Thread(target=stage, args=(fn, queues[i], queues[i + 1]))
               for i, fn in enumerate(functions)]
    for t in threads:
        t.start()
    for item in items:
        queues[0].put(item)
    queues[0].put(STOP)
    results = []
    while (item := queues[-1].get()) is not STOP:
        results.append(item)
    for t in threads:
        t.join()
    return results


print(run_pipeline(range(8), lambda x: x + 1, lambda x: x * x, str))
