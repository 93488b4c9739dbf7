class Counter:
    total = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total, Counter.shared, a.shared is b.shared)
a.total = 100
print(Counter.total, a.total, b.total, "total" in vars(a), "total" in vars(b))
del a.total
print(a.total)
Counter.total = 50
print(a.total, b.total)
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
setattr(b, "dynamic", 1)
print(getattr(b, "dynamic"), getattr(b, "nothing", "default"), hasattr(b, "dynamic"))
delattr(b, "dynamic")
print(hasattr(b, "dynamic"))
print(a.__dict__, type(a).__dict__["total"])
