# 16 threads x 10,000 increments under a Lock: the total is exact.
import threading

counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(all(not t.is_alive() for t in threads))

rlock = threading.RLock()
total = 0


def nested(depth):
    global total
    with rlock:
        if depth:
            nested(depth - 1)
        else:
            total += 1


threads = [threading.Thread(target=lambda: [nested(3) for _ in range(1000)]) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
print(rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.locked())
l.release()
print(l.locked())
