class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return f"value of {self.name}"

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} {tb is not None}")
        return self.suppress


with Manager("a") as value:
    print("body with", value)
with Manager("b"):
    print("no as target")
with Manager("c", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Manager("d"):
        raise KeyError("escapes")
except KeyError as err:
    print("caught outside:", err)
m = Manager("e")
with m as v:
    pass
print(v, m.name)
