import threading
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=work, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release(); print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print(e)
print(type(lock).__name__, repr(threading.Lock())[:7])
