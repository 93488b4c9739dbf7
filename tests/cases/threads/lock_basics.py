# threading.Lock: the same lock as _thread's, non-reentrant, usable from any
# thread; release from another thread is allowed for a plain Lock.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
released_by_other = []


def release_it():
    lock.release()
    released_by_other.append(lock.locked())


t = threading.Thread(target=release_it)
t.start()
t.join()
print("released by another thread:", released_by_other)
with lock:
    print("with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
