# Thread-local data: threading.local and the pure-Python _threading_local.local
# must behave alike.
import threading
import _threading_local


def exercise(local_type, label):
    print("--", label)
    data = local_type()
    data.x = "main"
    seen = []
    lock = threading.Lock()

    def worker(n):
        has_x = hasattr(data, "x")
        data.x = n
        data.__dict__["y"] = n * 10
        with lock:
            seen.append((n, has_x, data.x, data.y, sorted(data.__dict__)))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(seen), data.x, hasattr(data, "y"), data.__dict__)
    try:
        data.missing
    except AttributeError as e:
        print("AttributeError:", e)
    del data.x
    print(hasattr(data, "x"))
    try:
        local_type(1)
    except TypeError as e:
        print("TypeError:", e)

    class Counter(local_type):
        label = "class attribute"

        def __init__(self, start, step=1):
            self.value = start
            self.step = step

        def bump(self):
            self.value += self.step
            return self.value

        @property
        def doubled(self):
            return self.value * 2

    counter = Counter(10, step=5)
    counter.bump()
    results = []

    def use_counter():
        # A new thread starts from __init__(10, step=5), not from main's state.
        results.append((counter.value, counter.bump(), counter.doubled, counter.label))

    t = threading.Thread(target=use_counter)
    t.start()
    t.join()
    print(results, counter.value, counter.doubled, counter.label, type(counter).__name__)
    counter.label = "instance attribute"
    print(counter.label, Counter.label)
    try:
        counter.doubled = 3
    except AttributeError as e:
        print("AttributeError:", e)

    # A thread that ends drops its values; a later thread starts empty.
    marks = []

    def mark():
        marks.append(getattr(data, "tag", None))
        data.tag = "set"

    for _ in range(3):
        t = threading.Thread(target=mark)
        t.start()
        t.join()
    print(marks)


exercise(threading.local, "threading.local")
exercise(_threading_local.local, "_threading_local.local")
