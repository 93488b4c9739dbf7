# Thread.ident and native_id: None before start, ints afterwards, kept after
# the thread ends; get_ident() inside the thread equals its ident.
import threading

inside = []


def worker():
    inside.append(threading.get_ident())


t = threading.Thread(target=worker)
print(t.ident, t.native_id)
t.start()
t.join()
print(isinstance(t.ident, int), isinstance(t.native_id, int))
print(inside == [t.ident])
print(threading.current_thread().ident == threading.get_ident())
print(t.ident != threading.get_ident())
