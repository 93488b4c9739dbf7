# The daemon flag: inherited from the creating thread, set by the keyword or
# the attribute before start, fixed once started. A daemon thread still
# blocked when the program ends does not keep it alive.
import threading

forever = threading.Event()
print(threading.current_thread().daemon)
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)

t = threading.Thread(target=forever.wait)
t.daemon = True
print(t.daemon)
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

inherited = []


def child_of_daemon():
    inherited.append(threading.Thread().daemon)


parent = threading.Thread(target=child_of_daemon, daemon=True)
parent.start()
parent.join()
print("created inside a daemon thread:", inherited)
print("still blocked:", t.is_alive())
print("main ends")
