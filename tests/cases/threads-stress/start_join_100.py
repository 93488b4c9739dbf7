# 100 threads alive at once: every one starts, gets its own ident, records
# itself, and is joined.
import threading

COUNT = 100
release = threading.Event()
lock = threading.Lock()
seen = []


def worker(k):
    with lock:
        seen.append((k, threading.get_ident()))
    release.wait()


threads = [threading.Thread(target=worker, args=(k,)) for k in range(COUNT)]
for t in threads:
    t.start()
print("alive while blocked:", threading.active_count() - 1)
release.set()
for t in threads:
    t.join()
print("started and joined:", len(seen))
print("each thread once:", sorted(k for k, _ in seen) == list(range(COUNT)))
print("distinct idents:", len({ident for _, ident in seen}) == COUNT)
print("alive after join:", threading.active_count() - 1, sum(t.is_alive() for t in threads))
