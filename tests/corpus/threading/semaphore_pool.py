import threading
import time

MAX_CONNECTIONS = 3
slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
active = 0
peak = 0
state_lock = threading.Lock()


def use_connection(n):
    global active, peak
    with slots:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with state_lock:
            active -= 1


threads = [threading.Thread(target=use_connection, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak", peak, "<=", MAX_CONNECTIONS, peak <= MAX_CONNECTIONS)
try:
    slots.release()
except ValueError as err:
    print("over-release:", err)
