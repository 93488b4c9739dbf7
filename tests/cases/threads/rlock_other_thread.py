# An RLock held by one thread: another thread can neither take it without
# blocking nor release it ("cannot release un-acquired lock").
import threading

r = threading.RLock()
results = []


def intruder():
    results.append(("acquire(blocking=False)", r.acquire(blocking=False)))
    results.append(("acquire(timeout=0.05)", r.acquire(timeout=0.05)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(("release", f"RuntimeError: {e}"))


r.acquire()
r.acquire()
t = threading.Thread(target=intruder)
t.start()
t.join()
for entry in results:
    print(*entry)
r.release()
r.release()
t = threading.Thread(target=intruder)
t.start()
t.join()
print("once free:", results[3:])
