# A _thread lock from one thread: acquire, release, locked, blocking=False,
# a timeout that expires, and the argument checks.
import _thread

lock = _thread.allocate_lock()
print("locked:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("acquire(blocking=False):", lock.acquire(blocking=False))
print("acquire(False):", lock.acquire(False))
print("acquire(timeout=0.05):", lock.acquire(timeout=0.05))
print("acquire(True, 0.01):", lock.acquire(True, 0.01))
lock.release()
print("locked:", lock.locked())
print("acquire(timeout=0.05):", lock.acquire(timeout=0.05))
lock.release()
print("acquire(blocking=False):", lock.acquire(blocking=False))
lock.release()

for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0.5})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
print("locked after errors:", lock.locked())
print("acquire(timeout=-1):", lock.acquire(timeout=-1))
lock.release()
