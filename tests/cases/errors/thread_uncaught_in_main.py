# An uncaught exception in the main thread prints its traceback, then the
# program still waits for the non-daemon thread before exiting with status 1.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker finished")


threading.Thread(target=worker).start()
go.set()
raise LookupError("main thread failed")
