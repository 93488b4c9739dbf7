# A thread blocked in acquire() runs only after the holder releases: the
# order of the records is fixed.
import threading

lock = threading.Lock()
log = []
started = threading.Event()


def worker():
    started.set()
    with lock:
        log.append("worker has the lock")


with lock:
    t = threading.Thread(target=worker)
    t.start()
    started.wait()
    log.append("main still holds the lock")
t.join()
print("\n".join(log))
