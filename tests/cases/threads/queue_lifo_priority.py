# LifoQueue returns the newest item first; PriorityQueue the smallest.
import queue

lifo = queue.LifoQueue()
for k in range(4):
    lifo.put(k)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "A"), (2, "b")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(5)])
for n in [5, 9, 1, 7, 3, 8, 2, 6, 4, 0]:
    pq.put(n)
print([pq.get_nowait() for _ in range(10)])
print(isinstance(lifo, queue.Queue), isinstance(pq, queue.Queue))
try:
    pq.get_nowait()
except queue.Empty:
    print("empty priority queue")
