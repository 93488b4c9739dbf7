# sys.exit in the main thread waits for non-daemon threads and keeps its
# exit status.
import sys
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker done")


threading.Thread(target=worker).start()
print("main exits with 4")
go.set()
sys.exit(4)
