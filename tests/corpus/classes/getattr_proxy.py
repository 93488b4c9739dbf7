class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Record:
    def __init__(self):
        self.a = 1


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __dir__(self):
        return list(self.keys())


r = Record()
p = Proxy(r)
p.b = 2
print(p.a + p.b)
del p.a
print(hasattr(r, "a"), p._log)
d = AttrDict(x=1)
d.y = 2
print(d.x, d.y, d, sorted(dir(d)), getattr(d, "z", "default"))
