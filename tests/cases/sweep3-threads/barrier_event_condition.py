# Barrier phases, Event signalling and Condition wait_for, all with deterministic output.
import threading
barrier = threading.Barrier(3)
log = []
log_lock = threading.Lock()
def phased(n):
    with log_lock:
        log.append(("phase1", n))
    barrier.wait()
    with log_lock:
        log.append(("phase2", n))
ts = [threading.Thread(target=phased, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([p for p, _ in log])
print(sorted(n for p, n in log if p == "phase2"))
ready = threading.Event()
got = []
def waiter():
    ready.wait()
    got.append("released")
w = threading.Thread(target=waiter)
w.start()
print("is_set before:", ready.is_set())
ready.set()
w.join()
print(got, ready.is_set(), ready.wait(0))
ready.clear()
print(ready.wait(0.01))
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        got.append(sorted(items))
c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(got[-1])
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.active_count() >= 1, threading.current_thread().name, threading.main_thread() is threading.current_thread())
