# A future that has not started can be cancelled; a running or finished one
# cannot. result() of a cancelled future raises CancelledError.
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "ran"


with ThreadPoolExecutor(max_workers=1) as executor:
    running = executor.submit(blocker)
    started.wait()
    queued = executor.submit(print, "never printed")
    print("running:", running.running(), "queued running:", queued.running())
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
    print("cancel running:", running.cancel(), running.cancelled())
    try:
        queued.result()
    except CancelledError as e:
        print("CancelledError", repr(e))
    try:
        queued.exception()
    except CancelledError:
        print("exception() raises CancelledError too")
    release.set()
print(running.result(), running.cancel())
