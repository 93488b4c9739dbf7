# Condition over an RLock held several levels deep: wait() releases every
# level and restores them; a bounded buffer with two conditions.
import threading

rlock = threading.RLock()
cond = threading.Condition(rlock)
state = {"ready": False}
log = []


def setter():
    with cond:
        state["ready"] = True
        log.append("set")
        cond.notify_all()


with rlock:
    with rlock:
        with cond:
            t = threading.Thread(target=setter)
            t.start()
            cond.wait_for(lambda: state["ready"])
            log.append("woken")
            # Still held three levels deep: another thread cannot take it.
            log.append(rlock._is_owned())
t.join()
print(log)

# Bounded buffer: producers wait while full, consumers while empty.
CAPACITY = 4
buffer = []
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
consumed = []


def producer(base):
    for i in range(500):
        with not_full:
            while len(buffer) >= CAPACITY:
                not_full.wait()
            buffer.append(base + i)
            not_empty.notify()


def consumer():
    while True:
        with not_empty:
            while not buffer:
                not_empty.wait()
            item = buffer.pop(0)
            not_full.notify()
        if item is None:
            return
        consumed.append(item)


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    with not_full:
        while len(buffer) >= CAPACITY:
            not_full.wait()
        buffer.append(None)
        not_empty.notify()
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)), max(len(buffer), 0))
print(sorted(consumed) == sorted(k * 1000 + i for k in range(4) for i in range(500)))

# Semaphore as a resource pool: every worker gets a slot eventually.
pool = threading.BoundedSemaphore(2)
done = []
done_lock = threading.Lock()


def use_slot(n):
    with pool:
        with done_lock:
            done.append(n)


workers = [threading.Thread(target=use_slot, args=(n,)) for n in range(10)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(done))
timer = threading.Timer(0.001, lambda: None)
print(timer.name, timer.daemon, type(timer).__name__)
timer.start()
timer.join()
print(timer.is_alive(), threading.Thread(target=len).name)
