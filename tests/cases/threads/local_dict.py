# Each thread has its own __dict__ for a threading.local object.
import threading

store = threading.local()
store.x = 1
dicts = []


def worker():
    dicts.append(dict(store.__dict__))
    store.y = 2
    store.z = 3
    dicts.append(sorted(store.__dict__.items()))


t = threading.Thread(target=worker)
t.start()
t.join()
print(dicts)
print(sorted(store.__dict__.items()))
