import threading


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._items = {}

    def add(self, name, count=1):
        with self._lock:
            self._items[name] = self._items.get(name, 0) + count

    def add_many(self, names):
        with self._lock:  # re-entered by add()
            for name in names:
                self.add(name)

    def snapshot(self):
        with self._lock:
            return dict(sorted(self._items.items()))


inv = Inventory()
threads = [threading.Thread(target=inv.add_many, args=(["bolt", "nut", "bolt"],)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(inv.snapshot())
plain = threading.Lock()
print(plain.acquire(), plain.acquire(blocking=False), plain.locked())
plain.release()
