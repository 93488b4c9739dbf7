# A thread tries a lock the main thread holds: blocking=False and a timeout
# both fail; after the main thread releases it, the thread gets it.
import threading

lock = threading.Lock()
tried = threading.Event()
released = threading.Event()
results = []


def worker():
    results.append(("non-blocking", lock.acquire(blocking=False)))
    results.append(("timeout 0.05", lock.acquire(timeout=0.05)))
    tried.set()
    released.wait()
    results.append(("blocking", lock.acquire()))
    lock.release()


lock.acquire()
t = threading.Thread(target=worker)
t.start()
tried.wait()
lock.release()
released.set()
t.join()
for r in results:
    print(*r)
print("locked at the end:", lock.locked())
