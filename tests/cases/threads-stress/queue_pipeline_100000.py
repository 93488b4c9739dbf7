# A producer/consumer pipeline through queue.Queue: 100,000 items from two
# producers to two consumers, none lost and none duplicated.
import queue
import threading

ITEMS = 100_000
PRODUCERS = 2
CONSUMERS = 2
q = queue.Queue(maxsize=1000)
STOP = None
received = [[] for _ in range(CONSUMERS)]


def produce(k):
    # Producer k sends the numbers congruent to k modulo PRODUCERS.
    for n in range(k, ITEMS, PRODUCERS):
        q.put(n)


def consume(k):
    out = received[k]
    while True:
        item = q.get()
        if item is STOP:
            return
        out.append(item)


consumers = [threading.Thread(target=consume, args=(k,)) for k in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
everything = received[0] + received[1]
print("received:", len(everything))
print("no duplicates:", len(set(everything)) == len(everything))
print("none lost:", set(everything) == set(range(ITEMS)))
print("checksum:", sum(everything), sum(n * n for n in everything) % 1_000_000_007)
print("queue empty:", q.empty(), q.qsize())
