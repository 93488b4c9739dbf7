# wait_for returns the predicate's value: at once when it already holds,
# after notifications, or False when the timeout expires.
import threading

cond = threading.Condition()
box = []
with cond:
    print("already true:", cond.wait_for(lambda: "ready"))
    print("timeout:", cond.wait_for(lambda: len(box), timeout=0.05))


def filler():
    for k in range(3):
        with cond:
            box.append(k)
            cond.notify()


t = threading.Thread(target=filler)
with cond:
    t.start()
    result = cond.wait_for(lambda: len(box) == 3 and sum(box))
print("result:", result)
t.join()
