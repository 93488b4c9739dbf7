import threading
import time


def fake_request(i, results):
    time.sleep(0.02)
    results[i] = f"response {i}"


results = {}
start = time.perf_counter()
for i in range(3):
    fake_request(i, results)
sequential = time.perf_counter() - start

results.clear()
start = time.perf_counter()
threads = [threading.Thread(target=fake_request, args=(i, results)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(len(results), "threads overlap sleeps:", threaded < sequential)
