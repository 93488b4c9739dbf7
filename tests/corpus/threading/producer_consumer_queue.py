import queue
import threading

SENTINEL = None


def producer(q, count):
    for i in range(count):
        q.put(i * i)
    q.put(SENTINEL)


def consumer(q, results):
    while (item := q.get()) is not SENTINEL:
        results.append(item)
        q.task_done()
    q.task_done()


q = queue.Queue(maxsize=5)
results = []
threads = [
    threading.Thread(target=producer, args=(q, 20)),
    threading.Thread(target=consumer, args=(q, results)),
]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print(len(results), results[:5], sum(results))

pq = queue.PriorityQueue()
for priority, job in [(3, "low"), (1, "urgent"), (2, "normal")]:
    pq.put((priority, job))
print([pq.get()[1] for _ in range(3)], pq.empty())
lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print("".join(lifo.get() for _ in range(3)))
