# The with statement shuts the executor down and waits for every submitted
# call; submitting afterwards is a RuntimeError.
import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
lock = threading.Lock()


def work(k):
    for _ in range(50):
        pass
    with lock:
        finished.append(k)


with ThreadPoolExecutor(max_workers=3) as executor:
    for k in range(12):
        executor.submit(work, k)
print("all finished on exit:", sorted(finished) == list(range(12)))
try:
    executor.submit(work, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
executor.shutdown()
print("shutdown twice is fine")

ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(work, 100)
ex.shutdown(wait=True)
print(f.done(), 100 in finished)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
