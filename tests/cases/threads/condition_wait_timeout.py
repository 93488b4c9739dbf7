# Condition.wait with a timeout returns False when nobody notifies, True when
# notified; waiting or notifying without the lock is a RuntimeError.
import threading

cond = threading.Condition()
with cond:
    print("wait(0.05):", cond.wait(0.05))
    print("wait(timeout=0):", cond.wait(timeout=0))
for call in (cond.wait, cond.notify, cond.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

notified = []


def waiter():
    with cond:
        notified.append("waiting")
        cond.notify()  # wakes the main thread, the only other waiter
        notified.append(cond.wait(30))


t = threading.Thread(target=waiter)
t.start()
with cond:
    # The waiter holds the lock from its first append until wait() releases
    # it, so once the main thread sees the append, the waiter is waiting.
    cond.wait_for(lambda: notified)
    cond.notify()
t.join()
print("notified:", notified)
