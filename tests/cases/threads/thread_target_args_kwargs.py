# threading.Thread runs target(*args, **kwargs); args may be any sequence.
import threading

results = {}


def worker(key, a, b=0, *, scale=1):
    results[key] = (a + b) * scale


threads = [
    threading.Thread(target=worker, args=("plain", 1, 2)),
    threading.Thread(target=worker, args=["list", 3], kwargs={"b": 4}),
    threading.Thread(target=worker, args=("keyword", 5), kwargs={"scale": 10}),
    threading.Thread(target=worker, kwargs={"key": "all", "a": 1, "b": 1, "scale": 100}),
]
for t in threads:
    t.start()
for t in threads:
    print(t.join())
for key in sorted(results):
    print(key, results[key])

# A thread with no target does nothing and finishes.
empty = threading.Thread()
empty.start()
empty.join()
print("no target:", empty.is_alive())
