# Collecting thread results by index, daemon flags, names, and join timeouts.
import threading, time
def compute(i, out):
    time.sleep(0.001 * (5 - i))
    out[i] = sum(range(i * 1000))
out = [None] * 5
threads = [threading.Thread(target=compute, args=(i, out), name=f"calc{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
print([t.name for t in threads], [t.daemon for t in threads])
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"W{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = [self.n ** k for k in range(4)]
workers = [Worker(n) for n in (2, 3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
t = threading.Thread(target=lambda: None)
print(repr(t.ident), t.is_alive())
t.start()
t.join(timeout=1)
print(t.is_alive(), isinstance(t.ident, int))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=print, args=("printed", "from", "thread"), kwargs={"sep": "-"})
u.start()
u.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
d.start()
print("daemon:", d.daemon)
d.join()
