# 16 threads each add 1 to a shared counter 10,000 times under one Lock: the
# total is exact, in every mode.
import threading

THREADS = 16
INCREMENTS = 10_000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(INCREMENTS):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected {THREADS * INCREMENTS}, got {counter}")
print("exact:", counter == THREADS * INCREMENTS)
