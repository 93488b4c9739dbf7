import _thread, time
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
count = [0]
def worker(n):
    for i in range(100):
        with lock:
            count[0] += 1
    with lock:
        results.append(n)
        last = len(results) == 4
    # Released after the lock, so that the main thread finds the lock free.
    if last:
        done.release()
done.acquire()
for n in range(4):
    _thread.start_new_thread(worker, (n,))
done.acquire()
print(sorted(results), count[0])
print(type(lock).__name__, lock.locked(), lock.acquire(False), lock.locked())
lock.release()
print(_thread.get_ident() > 0, isinstance(_thread.get_ident(), int), _thread.TIMEOUT_MAX > 0)
r = _thread.RLock(); r.acquire(); r.acquire(); r.release(); r.release(); print("rlock ok")
try:
    _thread.allocate_lock().release()
except RuntimeError as e:
    print(e)
