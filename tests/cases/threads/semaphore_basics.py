# Semaphore counting from one thread: acquire down to zero, blocking=False
# and a timeout then fail; release(n) adds n; the argument checks.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0.05))
s.release()
print(s.acquire(timeout=0.05))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
s.release()
with s:
    print("inside with:", s.acquire(blocking=False))
print("after with:", s.acquire(blocking=False))
print(threading.Semaphore().acquire(blocking=False), threading.Semaphore(0).acquire(blocking=False))
for make in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
