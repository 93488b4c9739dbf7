# is_alive before, during and after a thread runs, and the RuntimeErrors of
# Thread.start and Thread.join used wrongly.
import threading

running = threading.Event()
finish = threading.Event()


def worker():
    running.set()
    finish.wait()


t = threading.Thread(target=worker)
print("before start:", t.is_alive(), t.ident)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
running.wait()
print("running:", t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
finish.set()
t.join()
print("after join:", t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=join_self)
s.start()
s.join()
print(errors)
