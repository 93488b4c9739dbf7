# notify(n) wakes exactly n of the waiters. The waiters and the main thread
# wait on two conditions that share one lock, so a waiter's signal to the main
# thread never wakes another waiter.
import threading

lock = threading.Lock()
to_waiters = threading.Condition(lock)
to_main = threading.Condition(lock)
ready = 0
woken = 0


def waiter():
    global ready, woken
    with lock:
        ready += 1
        to_main.notify()
        to_waiters.wait()
        woken += 1
        to_main.notify()


threads = [threading.Thread(target=waiter) for _ in range(4)]
for t in threads:
    t.start()
with lock:
    to_main.wait_for(lambda: ready == 4)
    to_waiters.notify(2)
    to_main.wait_for(lambda: woken == 2)
    print("after notify(2):", woken)
    print("still waiting:", to_main.wait(0.05) is False and woken == 2)
    to_waiters.notify()
    to_main.wait_for(lambda: woken == 3)
    print("after notify():", woken)
    to_waiters.notify(10)
    to_main.wait_for(lambda: woken == 4)
    print("after notify(10):", woken)
for t in threads:
    t.join()
