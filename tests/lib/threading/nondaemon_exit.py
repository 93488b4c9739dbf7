# The main thread ends while a non-daemon thread still works: the interpreter
# waits for it (threading._shutdown), but not for a daemon thread.
import threading
import time


def slow():
    time.sleep(0.05)
    print("non-daemon thread finished")


def forever():
    threading.Event().wait()


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=slow).start()
print("main thread ends")
