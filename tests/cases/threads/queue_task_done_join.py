# task_done/join: join() returns once every item put has been marked done;
# too many task_done() calls raise ValueError.
import queue
import threading

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        processed.append(item * item)
        q.task_done()


for k in range(10):
    q.put(k)
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
q.join()
print("after join:", sorted(processed), q.unfinished_tasks)
for t in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.empty(), q.unfinished_tasks)
