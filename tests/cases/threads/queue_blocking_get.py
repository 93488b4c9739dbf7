# A get() blocked on an empty queue returns when another thread puts; a
# put() blocked on a full queue returns when another thread gets.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
waiting = threading.Event()


def getter():
    waiting.set()
    log.append(("got", q.get()))
    log.append(("got", q.get(timeout=30)))


t = threading.Thread(target=getter)
t.start()
waiting.wait()
q.put("first")
q.put("second")  # blocks until the getter took "first"
t.join()
print(log)

q.put("fill")
done = []
t = threading.Thread(target=lambda: done.append(q.put("blocked until get", timeout=30)))
t.start()
print(q.get())
t.join()
print(done, q.get())
