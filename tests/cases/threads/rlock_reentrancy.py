# RLock: the owner may acquire it again; it is free after as many releases
# as acquires; one more release is a RuntimeError.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.01))
for _ in range(4):
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        with r:
            print("three levels deep")


def recursive(n):
    with r:
        return 1 if n == 0 else n * recursive(n - 1)


print(recursive(10))
free = []
t = threading.Thread(target=lambda: free.append(r.acquire(blocking=False)))
t.start()
t.join()
print("free for another thread afterwards:", free)
