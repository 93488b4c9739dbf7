import threading
lock = threading.RLock()
order = []
def recurse(n, tag):
    with lock:
        order.append((tag, n))
        if n:
            recurse(n - 1, tag)
ts = [threading.Thread(target=recurse, args=(3, t)) for t in "ab"]
for t in ts: t.start()
for t in ts: t.join()
print(len(order), sorted(order)[:2])
runs = []
i = 0
while i < len(order):
    j = i
    while j < len(order) and order[j][0] == order[i][0]:
        j += 1
    runs.append(j - i); i = j
print("runs of 4:", runs)
c = threading.Condition(threading.Lock())
with c:
    print("waited", c.wait(timeout=0.01))
print(c.wait_for(lambda: True, timeout=0) if False else "skip")
state = {"n": 0}
cv = threading.Condition()
def bump():
    with cv:
        state["n"] += 1
        cv.notify_all()
ts = [threading.Thread(target=bump) for _ in range(5)]
for t in ts: t.start()
with cv:
    ok = cv.wait_for(lambda: state["n"] == 5, timeout=5)
for t in ts: t.join()
print("wait_for", ok, state)
