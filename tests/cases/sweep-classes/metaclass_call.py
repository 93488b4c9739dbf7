class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=1): self.v = v
a = Config(5); b = Config(6)
print(a is b, a.v, type(Config).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
    def describe(cls): return f"class {cls.__name__}"
class Thing(metaclass=Meta): pass
class Sub(Thing): pass
print(Thing.added, Sub.added, Thing.inited, Thing.describe(), type(Sub).__name__, isinstance(Thing, Meta))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, type(Dyn))
