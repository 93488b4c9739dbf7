# _thread.start_new_thread with locks used as completion signals.
import _thread
results = [None] * 4
done = [_thread.allocate_lock() for _ in range(4)]
for d in done:
    d.acquire()
def square(i):
    results[i] = i * i
    done[i].release()
for i in range(4):
    _thread.start_new_thread(square, (i,))
for d in done:
    d.acquire()
print(results)
shared = []
guard = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
remaining = [3]
def append_many(tag):
    for k in range(3):
        with guard:
            shared.append((tag, k))
    with guard:
        remaining[0] -= 1
        if remaining[0] == 0:
            finished.release()
for tag in "abc":
    _thread.start_new_thread(append_many, (tag,))
finished.acquire()
print(len(shared), sorted(shared))
print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident())
lk = _thread.allocate_lock()
print(lk.locked(), lk.acquire(), lk.locked(), lk.acquire(0))
lk.release()
print(lk.locked(), type(lk).__name__)
r = _thread.RLock() if hasattr(_thread, "RLock") else None
print(r is not None)
