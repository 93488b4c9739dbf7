import threading
items = []
cond = threading.Condition()
done = threading.Event()
consumed = []
def consumer():
    while True:
        with cond:
            while not items:
                if done.is_set():
                    return
                cond.wait(0.05)
            consumed.append(items.pop(0))
def producer():
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    done.set()
    with cond:
        cond.notify_all()
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(consumed == list(range(20)), len(consumed), done.is_set())
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
order = []
def waiter(n):
    ev.wait()
    with lk:
        order.append(n)
lk = threading.Lock()
ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for w in ws: w.start()
ev.set()
for w in ws: w.join()
print(sorted(order), ev.wait(), ev.is_set()); ev.clear(); print(ev.is_set())
sem = threading.Semaphore(2)
active, peak = 0, 0
def limited():
    global active, peak
    with sem:
        with lk:
            active += 1; peak = max(peak, active)
        import time; time.sleep(0.01)
        with lk:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2, "active", active)
b = threading.BoundedSemaphore(1); b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print(e)
bar = threading.Barrier(3)
hits = []
def at_barrier(i):
    idx = bar.wait()
    with lk:
        hits.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(hits), bar.parties, bar.broken)
