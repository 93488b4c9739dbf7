# get_ident is an int, the same for the whole life of a thread and different
# between threads that run at the same time; TIMEOUT_MAX is a positive float.
import _thread
import threading

main_ident = _thread.get_ident()
print(type(main_ident).__name__, main_ident == _thread.get_ident())
print(threading.get_ident() == main_ident, threading.main_thread().ident == main_ident)
print(type(_thread.get_native_id()).__name__)
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 0, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)

idents = []
stable = []
lock = threading.Lock()
barrier = threading.Barrier(3)


def worker():
    first = _thread.get_ident()
    barrier.wait()  # all three threads are alive at once
    with lock:
        idents.append(first)
        stable.append(first == _thread.get_ident() == threading.current_thread().ident)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("stable inside each thread:", stable)
print("distinct:", len(set(idents)) == 3, main_ident not in idents)
print("match Thread.ident:", sorted(idents) == sorted(t.ident for t in threads))
