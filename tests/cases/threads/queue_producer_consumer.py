# One producer and one consumer through a bounded Queue: the consumer sees
# every item in order; the producer blocks when the queue is full.
import queue
import threading

q = queue.Queue(maxsize=3)
received = []
DONE = object()


def producer():
    for k in range(20):
        q.put(k)
    q.put(DONE)


def consumer():
    while True:
        item = q.get()
        if item is DONE:
            break
        received.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(received == list(range(20)), len(received), q.empty())
