# Future states, callbacks, cancellation, wait() and as_completed().
import concurrent.futures as cf
import threading
import time

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)
print(repr(f).split(" at ")[0], repr(f).split(" state=")[1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = cf.Future()
print(repr(g).split(" state=")[1])
try:
    g.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError from result")
try:
    g.exception(timeout=0)
except cf.TimeoutError:
    print("TimeoutError from exception")
print(g.cancel(), g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
print(g.set_running_or_notify_cancel())
try:
    g.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

h = cf.Future()
h.set_exception(KeyError("k"))
print(repr(h.exception()), repr(h).split(" state=")[1])
try:
    h.result()
except KeyError as e:
    print("KeyError", e)

# A callback that raises does not stop the others.
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


cap = Capture()
saved = sys.stderr
sys.stderr = cap
k = cf.Future()
k.add_done_callback(lambda fut: 1 / 0)
k.add_done_callback(lambda fut: calls.append("after"))
k.set_result(None)
sys.stderr = saved
print(calls[-1], "exception calling callback for" in cap.text, "ZeroDivisionError" in cap.text)

# Result waits for another thread.
r = cf.Future()
threading.Timer(0.02, r.set_result, args=["later"]).start()
print(r.result(timeout=5))

# wait()
def make(delay, value=None, error=None):
    fut = cf.Future()

    def finish():
        time.sleep(delay)
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)

    threading.Thread(target=finish).start()
    return fut


fast, slow = make(0.01, "fast"), make(0.4, "slow")
done, not_done = cf.wait([fast, slow], return_when=cf.FIRST_COMPLETED)
print([x.result() for x in done], len(not_done))
done, not_done = cf.wait([fast, slow])
print(sorted(x.result() for x in done), not_done)
ok, boom, late = make(0.01, 1), make(0.15, error=OSError("x")), make(0.8, 3)
done, not_done = cf.wait([ok, boom, late], return_when=cf.FIRST_EXCEPTION)
print(len(done), late in not_done, boom in done)
result = cf.wait([make(0.5, 0)], timeout=0.01)
print(type(result).__name__, result._fields, len(result.done), len(result.not_done))
print(cf.wait([], timeout=0))
late.result()

# as_completed yields in completion order.
fs = [make(0.4, "c"), make(0.01, "a"), make(0.2, "b")]
print([x.result() for x in cf.as_completed(fs)])
fs = [make(0.01, "quick"), make(0.8, "sluggish")]
seen = []
try:
    for x in cf.as_completed(fs, timeout=0.2):
        seen.append(x.result())
except TimeoutError as e:
    print("TimeoutError:", e, seen)
done_already = cf.Future()
done_already.set_result("d")
print([x.result() for x in cf.as_completed([done_already, done_already])])
fs[1].result()
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.CancelledError, Exception), cf.TimeoutError is TimeoutError)
