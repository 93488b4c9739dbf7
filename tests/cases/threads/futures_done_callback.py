# add_done_callback: called with the future when it completes; called at
# once, in the calling thread, when the future is already done.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
calls = []


def record(tag):
    def callback(future):
        calls.append((tag, future.result()))
    return callback


with ThreadPoolExecutor(max_workers=1) as executor:
    f = executor.submit(lambda: gate.wait() and "released")
    f.add_done_callback(record("first"))
    f.add_done_callback(record("second"))
    print("before completion:", calls)
    gate.set()
    f.result()
print(calls)
f.add_done_callback(record("late"))
print(calls[-1])
here = []
f.add_done_callback(lambda fut: here.append(threading.current_thread() is threading.main_thread()))
print("late callback ran in the caller:", here)
