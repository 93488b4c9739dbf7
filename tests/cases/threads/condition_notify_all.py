# notify_all wakes every waiter; each one re-checks the predicate.
import threading

cond = threading.Condition()
state = {"go": False, "waiting": 0, "woken": []}


def waiter(k):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        while not state["go"]:
            cond.wait()
        state["woken"].append(k)


threads = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
with cond:
    while state["waiting"] < 5:
        cond.wait()
    print("all waiting:", state["waiting"])
    state["go"] = True
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(state["woken"]))
