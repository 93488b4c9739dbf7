# Five threads print in a fixed order: each waits on its own lock, which the
# previous thread releases after printing.
import threading

N = 5
locks = [threading.Lock() for _ in range(N + 1)]
for lock in locks:
    lock.acquire()


def stage(k):
    locks[k].acquire()
    print("stage", k, threading.current_thread().name)
    locks[k + 1].release()


threads = [threading.Thread(target=stage, args=(k,), name=f"t{k}") for k in reversed(range(N))]
for t in threads:
    t.start()
locks[0].release()
locks[N].acquire()
print("all stages done")
for t in threads:
    t.join()
