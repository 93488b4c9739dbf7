# Condition, Event, Semaphore, BoundedSemaphore, Barrier and Timer behaviour.
import threading
import time

# Condition: consumers wait for items; notify wakes exactly one.
cond = threading.Condition()
items = []
got = []


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop(0))


consumers = [threading.Thread(target=consumer) for _ in range(5)]
for c in consumers:
    c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print(sorted(got))

with cond:
    start = time.monotonic()
    print(cond.wait(0.05), time.monotonic() - start >= 0.04)
    print(cond.wait_for(lambda: False, timeout=0.02))
    print(cond.wait_for(lambda: 7, timeout=0.02))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify_all with a plain Lock.
cond2 = threading.Condition(threading.Lock())
ready = []
flag = [False]


def waiter(n):
    with cond2:
        ready.append(n)
        cond2.wait_for(lambda: flag[0])


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
while True:
    with cond2:
        if len(ready) == 4:
            flag[0] = True
            cond2.notify_all()
            break
    time.sleep(0.001)
for w in ws:
    w.join()
print("notify_all woke", len(ready))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.02, ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear()
print(ev.is_set())

# Semaphore: never more than 3 inside at once.
sem = threading.Semaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0] <= 3, inside[0])
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier: every party gets a distinct index; the action runs once per cycle.
actions = []
barrier = threading.Barrier(4, action=lambda: actions.append("go"))
indices = []
ilock = threading.Lock()


def party():
    for _ in range(3):
        i = barrier.wait()
        with ilock:
            indices.append(i)


ps = [threading.Thread(target=party) for _ in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2)
try:
    b2.wait(0.02)
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout", b2.broken)
b2.reset()
print(b2.broken)
b3 = threading.Barrier(3)
errors = []


def party3():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


ps = [threading.Thread(target=party3) for _ in range(2)]
for p in ps:
    p.start()
while b3.n_waiting < 2:
    time.sleep(0.001)
b3.abort()
for p in ps:
    p.join()
print(errors, b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# Timer: cancel before it fires.
fired = []
tm = threading.Timer(2.0, fired.append, args=["late"])
tm.start()
tm.cancel()
tm.join()
tm2 = threading.Timer(0.001, fired.append, args=["on time"])
tm2.start()
tm2.join()
print(fired)

# local: each thread sees its own attributes.
data = threading.local()
data.x = "main"
out = []


def use_local(n):
    data.x = n
    time.sleep(0.001)
    out.append(data.x == n)


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out, data.x)
print([cls.__module__ for cls in (threading.RLock, threading.Condition, threading.Semaphore,
                                  threading.BoundedSemaphore, threading.Event, threading.Barrier,
                                  threading.BrokenBarrierError, threading.Thread, threading.Timer)])
print(repr(threading.Event()).split(" at ")[0], repr(threading.Semaphore(2)).split(": ")[-1],
      repr(threading.BoundedSemaphore(3)).split(": ")[-1], repr(threading.Barrier(2)).split(": ")[-1])
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object"))
r = threading.RLock()
print(repr(r).split(" at ")[0])
r.acquire()
r.acquire()
print(repr(r).split(" at ")[0].replace(str(threading.get_ident()), "ME"))
