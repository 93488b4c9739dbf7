# When the main module ends, the program waits for non-daemon threads: the
# worker's lines come after the main thread's last one.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker runs after the main module ended")
    print("alive threads:", threading.active_count())


threading.Thread(target=worker).start()
print("main module ends")
go.set()
