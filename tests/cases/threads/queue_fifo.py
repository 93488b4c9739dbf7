# queue.Queue from one thread: FIFO order, qsize, empty, full and maxsize.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for item in ("a", "b", "c"):
    q.put(item)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.empty())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.maxsize, bounded.qsize(), bounded.full())
print(bounded.get_nowait(), bounded.full(), bounded.get(block=False), bounded.empty())
negative = queue.Queue(-1)
for k in range(5):
    negative.put(k)
print("maxsize <= 0 is unbounded:", negative.full(), negative.qsize())
