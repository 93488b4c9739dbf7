# A lock as a context manager: held inside the block, released after it, also
# when the block raises.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
with lock as value:
    print("inside:", lock.locked(), value)
print("after:", lock.locked())
try:
    with lock:
        print("inside again:", lock.locked())
        raise KeyError("k")
except KeyError as e:
    print("raised:", repr(e), "locked:", lock.locked())
print(lock.__enter__(), lock.locked())
print(lock.__exit__(None, None, None), lock.locked())
