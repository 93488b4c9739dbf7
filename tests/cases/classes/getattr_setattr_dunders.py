class Record:
    def __init__(self, **fields):
        self.__dict__["fields"] = dict(fields)
        self.__dict__["log"] = []

    def __getattr__(self, name):
        self.log.append(f"get {name}")
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        self.fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        del self.fields[name]


r = Record(a=1)
r.b = 2
print(r.a, r.b, r.fields)
del r.a
try:
    r.a
except AttributeError as err:
    print("AttributeError:", err)
print(getattr(r, "b"), getattr(r, "zzz", "default"), hasattr(r, "b"), hasattr(r, "a"))
print(r.log)


class Tracer:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)

    def method(self):
        return "method result"


t = Tracer()
t.value = 5
print(t.value, t.method())
