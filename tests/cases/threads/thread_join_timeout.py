# join(timeout) on a thread that is blocked returns after the timeout with the
# thread still alive; a plain join waits for the end.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker released")


t = threading.Thread(target=worker)
t.start()
print("join(0.05) returns:", t.join(0.05))
print("alive after timed join:", t.is_alive())
print("join(timeout=0) returns:", t.join(timeout=0))
go.set()
t.join()
print("alive after join:", t.is_alive())
print("join again:", t.join(), t.join(0.01))
