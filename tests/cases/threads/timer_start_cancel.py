# Timer runs its function once after the interval, on its own thread; a
# timer cancelled before it fires never calls it.
import threading

calls = []


def fire(*args, **kwargs):
    calls.append((threading.current_thread().name, args, kwargs))


t = threading.Timer(0.01, fire, args=(1, 2), kwargs={"k": "v"})
print(t.name, isinstance(t, threading.Thread), t.is_alive())
t.start()
t.join()
print(calls, t.is_alive())

c = threading.Timer(30, fire, args=("never",))
c.start()
c.cancel()
c.join()
print("cancelled:", calls[1:], c.is_alive())
late = threading.Timer(0.01, fire)
late.start()
late.join()
late.cancel()
print("cancel after firing is harmless:", len(calls))
