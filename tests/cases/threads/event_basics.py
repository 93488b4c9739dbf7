# Event from one thread: is_set, set, clear, and wait with and without a
# timeout.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.05), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.05))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0.01))
e.clear()
print(e.is_set())
