# Orders, blocking and timeouts of Queue, LifoQueue, PriorityQueue, SimpleQueue.
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print([q.get() for _ in range(5)], q.empty(), q.qsize(), q.full())
lq = queue.LifoQueue()
for i in range(5):
    lq.put_nowait(i)
print([lq.get_nowait() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (9, "f"), (2, "g"), (6, "h")]:
    pq.put(item)
print(pq.queue)
print([pq.get() for _ in range(pq.qsize())])


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
for p, n in [(2, "x"), (1, "y"), (2, "z"), (1, "w"), (2, "v"), (1, "u"), (0, "t")]:
    pq.put(Job(p, n))
print([pq.get().name for _ in range(7)])

bq = queue.Queue(2)
bq.put(1)
bq.put(2)
print(bq.full(), bq.qsize(), bq.maxsize)
for attempt in (lambda: bq.put(3, block=False), lambda: bq.put_nowait(3),
                lambda: bq.put(3, timeout=0.01)):
    try:
        attempt()
    except queue.Full:
        print("Full", repr(queue.Full()))
eq = queue.Queue()
for attempt in (eq.get_nowait, lambda: eq.get(False), lambda: eq.get(timeout=0.01)):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
try:
    eq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    eq.task_done()
except ValueError as e:
    print("ValueError:", e)

# A blocked put resumes when a consumer makes room.
log = []


def late_get():
    time.sleep(0.02)
    log.append(("got", bq.get()))


t = threading.Thread(target=late_get)
t.start()
bq.put(3)
log.append("put done")
t.join()
print(sorted(str(x) for x in log), list(bq.queue))

# A blocked get resumes when an item arrives.
def late_put():
    time.sleep(0.02)
    eq.put("hello")


t = threading.Thread(target=late_put)
t.start()
print(eq.get(timeout=5))
t.join()

sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty", sq.empty())

# join() waits for task_done on every item.
jq = queue.Queue()
done = []


def worker():
    while True:
        item = jq.get()
        time.sleep(0.001)
        done.append(item)
        jq.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(10):
    jq.put(i)
jq.join()
print(done)

# shutdown (3.13)
sd = queue.Queue()
sd.put(1)
sd.shutdown()
try:
    sd.put(2)
except queue.ShutDown:
    print("put after shutdown: ShutDown")
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("get on empty shut-down queue: ShutDown")
waiting = queue.Queue()
result = []


def blocked_get():
    try:
        waiting.get()
    except queue.ShutDown:
        result.append("woken by shutdown")


t = threading.Thread(target=blocked_get)
t.start()
time.sleep(0.02)
waiting.shutdown()
t.join()
print(result)
im = queue.Queue()
for i in range(3):
    im.put(i)
im.shutdown(immediate=True)
print(im.qsize(), im.unfinished_tasks)
im.join()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)


def frame_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


for attempt in (queue.Queue().get_nowait, lambda: queue.Queue().get(timeout=0.001),
                lambda: queue.Queue(1).put_nowait(1) or None):
    try:
        attempt()
        full = queue.Queue(1)
        full.put(0)
        full.put(1, timeout=0.001)
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, frame_names(e)[1:])
