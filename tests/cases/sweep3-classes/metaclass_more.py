# Metaclasses: __new__/__init__/__call__, __prepare__, class keywords, registries.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta, flag=True):
    def __init__(self, x=0):
        self.x = x
class Derived(Base, level=2):
    y = 1
d = Derived(5)
print(d.x, d.injected, Derived.options, Base.options, type(Derived).__name__, isinstance(Derived, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config(), len(Singleton._instances))
class PluginMeta(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry.append(name)
class Plugin(metaclass=PluginMeta): pass
class A(Plugin): pass
class B(Plugin): pass
print(PluginMeta.registry)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self):
        return "HELLO"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
Dyn = Meta("Dyn", (), {"z": 3})
print(Dyn.z, Dyn.options, type(Dyn).__name__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Counted(type):
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __getitem__(cls, i):
        return cls.members[i]
    def __repr__(cls):
        return f"<Counted {cls.__name__}>"
class Colors(metaclass=Counted):
    members = ["red", "green"]
print(len(Colors), list(Colors), Colors[1], Colors, repr(Colors))
