# A Semaphore(2) lets at most two threads into the guarded section at once;
# a semaphore starting at 0 makes threads wait for releases.
import threading

slots = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
most = 0
done = []


def worker(k):
    global inside, most
    with slots:
        with guard:
            inside += 1
            most = max(most, inside)
        for _ in range(50):
            pass
        with guard:
            inside -= 1
            done.append(k)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("at most two inside:", 1 <= most <= 2, "all done:", sorted(done))

gate = threading.Semaphore(0)
passed = []


def through(k):
    gate.acquire()
    with guard:
        passed.append(k)


threads = [threading.Thread(target=through, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
print("before release:", passed)
gate.release(3)
for t in threads:
    t.join()
print("after release(3):", sorted(passed))
