# A producer/consumer pipeline with queue.Queue and sentinels; output sorted.
import threading, queue
q = queue.Queue(maxsize=3)
out = queue.Queue()
def producer(items):
    for it in items:
        q.put(it)
    q.put(None)
def consumer(name):
    while True:
        item = q.get()
        if item is None:
            q.put(None)
            q.task_done()
            break
        out.put((item, item ** 2, name))
        q.task_done()
p = threading.Thread(target=producer, args=(range(10),))
cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
p.start()
for c in cs:
    c.start()
p.join()
for c in cs:
    c.join()
collected = []
while not out.empty():
    collected.append(out.get())
print(len(collected), sorted((a, b) for a, b, _ in collected))
print({name for _, _, name in collected} <= {"c0", "c1", "c2"})
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for pr, job in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put((pr, job))
print([pq.get()[1] for _ in range(3)])
e = queue.Queue()
try:
    e.get_nowait()
except queue.Empty:
    print("Empty raised")
f = queue.Queue(maxsize=1)
f.put(1)
try:
    f.put_nowait(2)
except queue.Full:
    print("Full raised")
print(f.qsize(), f.full(), e.empty())
