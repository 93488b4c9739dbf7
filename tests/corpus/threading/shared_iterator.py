# Several threads pull from one iterator. With the GIL every item is handed out
# once; without it, the iterator itself is not thread-safe.
import threading

source = iter(range(5000))
collected = []
collected_lock = threading.Lock()


def drain(worker_id):
    local = []
    for item in source:
        local.append(item)
    with collected_lock:
        collected.extend(local)


workers = [threading.Thread(target=drain, args=(i,), name=f"drain-{i}") for i in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(f"items: {len(collected)}, duplicates: {len(collected) != len(set(collected))}")
