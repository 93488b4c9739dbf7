import threading
local = threading.local()
out = {}
lk = threading.Lock()
def run(n):
    local.value = n * 10
    local.name = threading.current_thread().name
    with lk:
        out[n] = (local.value, local.name)
ts = [threading.Thread(target=run, args=(i,), name=f"T{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()), hasattr(local, "value"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
t = threading.Thread(target=lambda: None, name="x", daemon=True)
print(t.name, t.daemon, t.is_alive(), t.ident is None)
t.start(); t.join(); print(t.is_alive(), t.ident is not None)
try:
    t.start()
except RuntimeError as e:
    print(e)
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"my-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
mts = [MyThread(n) for n in (10, 100, 1000)]
for m in mts: m.start()
for m in mts: m.join()
print([(m.name, m.result) for m in mts])
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
tc = threading.Timer(10, lambda: print("never")); tc.start(); tc.cancel(); tc.join(); print("cancelled")
print(len(threading.enumerate()), threading.get_ident() == threading.current_thread().ident)
