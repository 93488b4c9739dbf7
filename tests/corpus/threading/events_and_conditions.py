import threading

ready = threading.Event()
log = []
log_lock = threading.Lock()


def record(message):
    with log_lock:
        log.append(message)


def waiter(name):
    record(f"{name} waiting")
    ready.wait()
    record(f"{name} running")


threads = [threading.Thread(target=waiter, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
print(sum("running" in m for m in log), ready.is_set())

items = []
condition = threading.Condition()


def consumer(out):
    with condition:
        condition.wait_for(lambda: len(items) >= 5)
        out.append(list(items))


out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
for i in range(5):
    with condition:
        items.append(i)
        condition.notify()
c.join()
print(out)
