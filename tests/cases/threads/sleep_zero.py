# time.sleep(0) in threads yields without waiting; the threads still finish
# with exact results.
import threading
import time

totals = [0] * 4


def worker(k):
    for i in range(200):
        totals[k] += i
        time.sleep(0)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
print(time.sleep(0))
