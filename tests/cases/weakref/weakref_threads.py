# Threads make and drop weakly referenced objects, with weak containers
# shared between them, while collections run; every weak reference either
# gives a live object or None, never anything else.
import gc
import threading
import weakref


class Payload:
    def __init__(self, owner, n):
        self.owner = owner
        self.n = n


registry = weakref.WeakValueDictionary()
members = weakref.WeakSet()
called = []
lock = threading.Lock()
bad = []


def on_death(ref):
    # No lock here: a callback runs wherever a collection happens, maybe
    # while this thread holds `lock`.
    called.append(1)


def worker(tid):
    kept = []
    refs = []
    for i in range(300):
        obj = Payload(tid, i)
        refs.append(weakref.ref(obj, on_death))
        registry[(tid, i)] = obj
        members.add(obj)
        if i % 3 == 0:
            kept.append(obj)
        if i % 50 == 0:
            gc.collect()
        for r in refs[-5:]:
            target = r()
            if target is not None and (target.owner != tid or not isinstance(target, Payload)):
                bad.append(target)
    del obj, target
    gc.collect()
    alive = [r() for r in refs]
    with lock:
        bad.extend(o for o in alive if o is not None and o.owner != tid)
    return kept, refs


results = {}
def run(tid):
    results[tid] = worker(tid)

threads = [threading.Thread(target=run, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("bad:", bad)
kept_total = sum(len(kept) for kept, refs in results.values())
print("kept:", kept_total)
print("registry holds the kept ones:", len(registry) == kept_total)
print("set holds the kept ones:", len(members) == kept_total)
print("callbacks for the others:", len(called) == 4 * 300 - kept_total)
for kept, refs in results.values():
    kept.clear()
gc.collect()
print("after dropping:", len(registry), len(members), len(called))
print("all cleared:", all(r() is None for kept, refs in results.values() for r in refs))
