import threading
import _thread

print(threading.local is _thread._local, _thread._local.__name__, _thread._local.__module__)
print(repr(threading.local)[:30])
loc = threading.local()
print(repr(loc).startswith("<_thread._local object at "))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(key=1)
except TypeError as e:
    print("TypeError:", e)
loc.x = 1
print(loc.__dict__, vars(loc))
loc.__dict__["y"] = 2
print(loc.y, sorted(vars(loc)))


def show():
    print("in thread:", loc.__dict__, hasattr(loc, "x"))
    loc.x = "thread"
    print("in thread after:", loc.__dict__)


t = threading.Thread(target=show)
t.start()
t.join()
print("main:", loc.__dict__)


class Config(threading.local):
    defaults = {"mode": "fast"}

    def __init__(self, name, *, level=1):
        self.name = name
        self.level = level
        self.seen = []

    @property
    def label(self):
        return f"{self.name}:{self.level}"


cfg = Config("main", level=3)
cfg.seen.append("main")
print(cfg.label, cfg.seen, cfg.defaults)
out = []


def use():
    out.append((cfg.label, list(cfg.seen)))
    cfg.seen.append(threading.current_thread().name)
    cfg.level += 10
    out.append((cfg.label, list(cfg.seen)))


threads = [threading.Thread(target=use, name=f"w{i}") for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
for entry in sorted(out):
    print(entry)
print(cfg.label, cfg.seen)


class Failing(threading.local):
    calls = 0

    def __init__(self):
        Failing.calls += 1
        if Failing.calls > 1:
            raise ValueError("init failed in thread")
        self.ok = True


f = Failing()
errors = []


def touch():
    try:
        f.ok
    except ValueError as e:
        errors.append(str(e))
    try:
        f.ok
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(errors, f.ok, Failing.calls)
try:
    del loc.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Sub(threading.local):
    pass


s = Sub()
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(s).__mro__)
