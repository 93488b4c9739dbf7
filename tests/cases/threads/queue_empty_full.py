# The queue.Empty and queue.Full exceptions: non-blocking and timed calls on
# an empty or full queue, and the timeout check.
import queue

q = queue.Queue(maxsize=1)
for call in (q.get_nowait, lambda: q.get(block=False), lambda: q.get(timeout=0.05)):
    try:
        call()
    except queue.Empty as e:
        print("Empty:", repr(e), str(e) == "")
q.put("x")
for call in (lambda: q.put_nowait("y"), lambda: q.put("y", block=False), lambda: q.put("y", timeout=0.05)):
    try:
        call()
    except queue.Full as e:
        print("Full:", repr(e))
for call in (lambda: q.put("y", timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(), issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__module__)
