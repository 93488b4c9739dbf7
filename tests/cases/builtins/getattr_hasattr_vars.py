class Thing:
    kind = "generic"

    def __init__(self):
        self.name = "thing"
        self.size = 3


t = Thing()
print(getattr(t, "name"), getattr(t, "kind"), getattr(t, "missing", None), hasattr(t, "size"), hasattr(t, "nope"))
setattr(t, "color", "red")
print(vars(t), t.color)
delattr(t, "size")
print(vars(t), hasattr(t, "size"))
print(sorted(k for k in dir(t) if not k.startswith("_")))
try:
    getattr(t, "missing")
except AttributeError as err:
    print("AttributeError:", err)
try:
    delattr(t, "missing")
except AttributeError as err:
    print("AttributeError:", err)
print(getattr("abc", "upper")(), getattr([], "__len__")(), hasattr(5, "real"), getattr(Thing, "kind"))
