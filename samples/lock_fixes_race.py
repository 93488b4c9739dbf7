# A lost update, and the lock that fixes it.
#
# `self.value += 1` looks like one step but is several: load the attribute
# (LOAD_ATTR), add (BINARY_OP), store it back (STORE_ATTR); see them with
# `pygil dis -c "self.value += 1"`. If another thread stores between this
# thread's load and its store, one of the two increments is lost.
#
# With the GIL (pygil FILE.py, or CPython 3.13): both counts come out exact.
#   A thread that does not block gives up the GIL only at a function's entry
#   or a loop's backward jump, never between the load and the store, so the
#   race is hidden; it is still a bug, waiting for a build or a version that
#   switches elsewhere.
# Without the GIL (pygil --disable-gil FILE.py): the threads really run at
#   once; the unlocked counter falls short, differently on every run, and the
#   locked one is still exact.
#
# Try:   pygil compare samples/lock_fixes_race.py
# It runs both modes and shows that their outputs differ.
import threading

THREADS = 4
INCREMENTS = 25_000


class UnlockedCounter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1  # load, add, store: another thread can store in between


class LockedCounter:
    def __init__(self):
        self.value = 0
        # The lock lives with the data it guards, so no caller can forget it.
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:  # only one thread at a time between load and store
            self.value += 1


def hammer(counter):
    for _ in range(INCREMENTS):
        counter.increment()


def run(counter):
    threads = [threading.Thread(target=hammer, args=(counter,)) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter.value


expected = THREADS * INCREMENTS
print(f"expected:          {expected}")
print(f"without a lock:    {run(UnlockedCounter())}")
print(f"with a lock:       {run(LockedCounter())}")
