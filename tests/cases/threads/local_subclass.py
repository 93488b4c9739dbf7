# A subclass of threading.local: __init__ runs again, with the constructor's
# arguments, in every thread that first touches the object; methods and class
# attributes are shared.
import threading


class Counter(threading.local):
    label = "counter"

    def __init__(self, start):
        self.count = start
        inits.append(threading.current_thread().name)

    def bump(self):
        self.count += 1
        return self.count


inits = []
c = Counter(100)
print(c.bump(), c.bump(), c.label)
results = {}


def worker():
    results[threading.current_thread().name] = [c.bump() for _ in range(3)]


for name in ("a", "b"):
    t = threading.Thread(target=worker, name=name)
    t.start()
    t.join()
print(results)
print("main unchanged:", c.count)
print("__init__ ran in:", inits)
