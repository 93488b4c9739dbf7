# Several threads increment shared counters under a lock; totals are exact.
import threading
counter = 0
per_thread = {}
lock = threading.Lock()
def work(name, n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
            per_thread[name] = per_thread.get(name, 0) + 1
threads = [threading.Thread(target=work, args=(f"t{i}", 500 * (i + 1))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("per thread:", sorted(per_thread.items()))
print("lock free after:", not lock.locked())
print("acquire nonblocking:", lock.acquire(blocking=False), lock.locked())
print("second acquire:", lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()
