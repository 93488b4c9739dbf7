# Thread names, attributes and lifecycle errors.
import threading


def worker():
    pass


class Custom(threading.Thread):
    def run(self):
        print("custom run in", threading.current_thread().name)


print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
t1 = threading.Thread(target=worker)
t2 = threading.Thread()
t3 = threading.Thread(target=worker, name="named")
t4 = Custom()
t5 = threading.Thread(target=print, args=("x",))
t6 = threading.Thread(target=worker, name=42)
t7 = threading.Thread(target=lambda: None)
for t in (t1, t2, t3, t4, t5, t6, t7):
    print(repr(t.name), t.daemon, t.ident, t.is_alive())
print(repr(t1))
t4.start()
t4.join()
print(repr(t4).split(" ")[0], t4.is_alive())
try:
    t4.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t1.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=worker, daemon=True)
print(d.daemon)
d.daemon = False
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
t1.name = "renamed"
print(t1.name)

seen = {}


def record(key):
    me = threading.current_thread()
    seen[key] = (me.name, me.ident == threading.get_ident(),
                 me.native_id == threading.get_native_id(), me.daemon,
                 me in threading.enumerate())


t = threading.Thread(target=record, args=("a",), daemon=True)
t.start()
t.join()
print(seen["a"])
print(t.ident is not None, t.native_id is not None)
print(threading.active_count(), [x.name for x in threading.enumerate()])

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()


b = threading.Thread(target=blocker, kwargs={})
b.start()
print(started.is_set(), b.is_alive(), threading.active_count())
b.join(0.05)
print(b.is_alive())
release.set()
b.join()
print(b.is_alive(), threading.active_count())


class WithArgs(threading.Thread):
    def __init__(self, value):
        super().__init__(name="args-%d" % value)
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value * 2


w = WithArgs(21)
w.start()
w.join()
print(w.name, w.result)
print(isinstance(threading.Lock(), type(threading.Lock())))
print(threading.TIMEOUT_MAX > 1000)
old = threading.Thread(target=worker, name="old-style")
old.setDaemon(True)
old.setName(old.getName() + "!")
print(old.isDaemon(), old.getName(), threading.currentThread().name, threading.activeCount())
