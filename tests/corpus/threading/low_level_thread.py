import _thread
import time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
done.acquire()
remaining = [3]


def task(n):
    with lock:
        results.append(n * 10)
        remaining[0] -= 1
        if remaining[0] == 0:
            done.release()


for n in range(3):
    _thread.start_new_thread(task, (n,))
done.acquire()
time.sleep(0.001)
print(sorted(results), isinstance(_thread.get_ident(), int))
