# A Barrier wait that times out breaks the barrier for everyone; a barrier
# with a default timeout behaves the same.
import threading

b = threading.Barrier(2)
try:
    b.wait(0.05)
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, b.broken)
b.reset()
print(b.broken)
d = threading.Barrier(2, timeout=0.05)
try:
    d.wait()
except threading.BrokenBarrierError:
    print("default timeout:", d.broken)
single = threading.Barrier(1)
print("one party passes at once:", single.wait(), single.wait())
