# WeakMethod: a weak reference to a bound method.
import weakref


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


c = Counter()
wm = weakref.WeakMethod(c.bump)
print(wm()(), wm()(), c.count)
print(wm() == c.bump, wm == weakref.WeakMethod(c.bump), hash(wm) == hash(weakref.WeakMethod(c.bump)))
print(isinstance(wm, weakref.ref), wm.__callback__ is not None)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

c2 = Counter()
wm2 = weakref.WeakMethod(c2.bump, lambda r: print("method gone:", r() is None))
del c2
print(wm2())
del c
print(wm(), wm == wm, wm != wm)

# Methods can be kept in a WeakSet through their bound objects.
class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"{self.name} got {event}")


listeners = [Listener("a"), Listener("b")]
handlers = [weakref.WeakMethod(l.notify) for l in listeners]
def fire(event):
    for h in handlers:
        m = h()
        if m is not None:
            m(event)
fire("first")
del listeners[0]
fire("second")
