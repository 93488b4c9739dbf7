# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(), b.acquire(), b.acquire(blocking=False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("release(2) with one taken:", e)
print(b.acquire(blocking=False))
print(isinstance(b, threading.Semaphore))

results = []


def over_release():
    try:
        threading.BoundedSemaphore().release()
    except ValueError as e:
        results.append(str(e))


t = threading.Thread(target=over_release)
t.start()
t.join()
print(results)
