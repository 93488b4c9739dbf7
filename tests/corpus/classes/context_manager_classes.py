import time


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return True
        print("committed")
        return False


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *args):
        self.level -= 1

    def print(self, text):
        print("    " * self.level + text)


db = {"balance": 100}
with Transaction(db) as data:
    data["balance"] -= 30
with Transaction(db) as data:
    data["balance"] -= 500
    raise ValueError("negative balance")
print(db)

with Timer("loop") as t:
    sum(range(1000))
print(t.label, t.elapsed >= 0)

out = Indenter()
with out:
    out.print("level one")
    with out:
        out.print("level two")
    out.print("back to one")
