# SimpleQueue: an unbounded FIFO without task tracking.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False))
for kwargs in ({"block": False}, {"timeout": 0.05}):
    try:
        sq.get(**kwargs)
    except queue.Empty as e:
        print("Empty", repr(e), kwargs)
print(hasattr(sq, "task_done"), hasattr(sq, "maxsize"))
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put("handed over")
t.join()
print(got, sq.empty())
