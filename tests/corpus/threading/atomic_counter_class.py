import threading


class AtomicCounter:
    def __init__(self, value=0):
        self._value = value
        self._lock = threading.Lock()

    def increment(self, by=1):
        with self._lock:
            self._value += by
            return self._value

    @property
    def value(self):
        with self._lock:
            return self._value


counter = AtomicCounter()
seen = []
seen_lock = threading.Lock()


def work():
    local = [counter.increment() for _ in range(1000)]
    with seen_lock:
        seen.extend(local)


threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value, len(seen) == len(set(seen)), max(seen))
