# Queue.shutdown (new in 3.13): put raises ShutDown at once; get drains what
# is left, then raises ShutDown; immediate shutdown empties the queue.
import queue
import threading

q = queue.Queue()
q.put(1)
q.put(2)
q.shutdown()
try:
    q.put(3)
except queue.ShutDown as e:
    print("put:", type(e).__name__)
print(q.get(), q.get())
try:
    q.get()
except queue.ShutDown:
    print("get on a drained, shut-down queue raises ShutDown")

blocked = queue.Queue()
outcome = []
waiting = threading.Event()


def getter():
    waiting.set()
    try:
        blocked.get()
    except queue.ShutDown:
        outcome.append("woken by shutdown")


t = threading.Thread(target=getter)
t.start()
waiting.wait()
blocked.shutdown()  # wakes the getter, whether it is already in get() or not
t.join()
print(outcome)

now = queue.Queue()
for k in range(3):
    now.put(k)
now.shutdown(immediate=True)
print(now.qsize(), now.empty())
try:
    now.get_nowait()
except queue.ShutDown:
    print("immediate: nothing left")
print(issubclass(queue.ShutDown, Exception))
