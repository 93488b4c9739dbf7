# A Future used directly: set_result, set_exception, their states, callbacks,
# and setting a finished future again (InvalidStateError).
from concurrent.futures import Future, InvalidStateError, TimeoutError

f = Future()
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.05)
except TimeoutError as e:
    print("TimeoutError:", type(e).__name__, issubclass(TimeoutError, OSError))
f.add_done_callback(lambda fut: print("callback sees", fut.result()))
f.set_result(42)
print(f.done(), f.result(), f.exception())
try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError:", type(e).__name__)

g = Future()
g.set_exception(KeyError("k"))
print(g.done(), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e))

h = Future()
print(h.set_running_or_notify_cancel(), h.running(), h.cancel())
c = Future()
print(c.cancel(), c.cancelled(), c.set_running_or_notify_cancel())
