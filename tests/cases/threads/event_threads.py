# Threads blocked on one Event all go once it is set; a thread sets an Event
# the main thread waits on.
import threading

start = threading.Event()
ready = threading.Event()
lock = threading.Lock()
ran = []


def runner(k):
    start.wait()
    with lock:
        ran.append(k)
        if len(ran) == 4:
            ready.set()


threads = [threading.Thread(target=runner, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
print("before set:", ran, ready.is_set())
start.set()
print("main woke:", ready.wait(30))
for t in threads:
    t.join()
print(sorted(ran))
