# Barrier.abort breaks the barrier: waiting threads and later callers get
# BrokenBarrierError; reset() makes it usable again.
import threading
import time

barrier = threading.Barrier(3)
outcomes = []
lock = threading.Lock()


def party():
    try:
        barrier.wait()
        result = "passed"
    except threading.BrokenBarrierError as e:
        result = f"{type(e).__name__} {e!r}"
    with lock:
        outcomes.append(result)


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.001)
print("waiting:", barrier.n_waiting, "broken:", barrier.broken)
barrier.abort()
for t in threads:
    t.join()
print(outcomes)
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
barrier.reset()
print("after reset:", barrier.broken)
