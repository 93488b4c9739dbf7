import threading, queue
q = queue.Queue()
out = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * item)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(30): q.put(i)
for _ in ws: q.put(None)
q.join()
for w in ws: w.join()
res = []
while not out.empty():
    res.append(out.get_nowait())
print(len(res), sum(res), sorted(res)[:5])
try:
    out.get_nowait()
except queue.Empty:
    print("Empty raised")
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("Full raised")
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout", bq.qsize(), bq.full())
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
sq = queue.SimpleQueue(); sq.put("a"); print(sq.get(), sq.empty(), sq.qsize())
