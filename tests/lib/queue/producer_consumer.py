# 100,000 items through a bounded Queue from 4 producers to 4 consumers:
# none lost, none duplicated; join() returns once every item is marked done.
import queue
import threading

N = 100000
PRODUCERS = 4
CONSUMERS = 4
q = queue.Queue(maxsize=64)
received = [[] for _ in range(CONSUMERS)]


def produce(start):
    for i in range(start, N, PRODUCERS):
        q.put(i)


def consume(slot):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        received[slot].append(item)
        q.task_done()


consumers = [threading.Thread(target=consume, args=(i,)) for i in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(i,)) for i in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("joined, unfinished", q.unfinished_tasks, "empty", q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
everything = [x for part in received for x in part]
print(len(everything), len(set(everything)), sorted(everything) == list(range(N)))
# Each consumer sees one producer's items in increasing order (FIFO).
ordered = True
for part in received:
    last = [-1] * PRODUCERS
    for x in part:
        if x <= last[x % PRODUCERS]:
            ordered = False
        last[x % PRODUCERS] = x
print("fifo per producer", ordered)
