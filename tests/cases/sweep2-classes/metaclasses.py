class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = getattr(cls, "registry", []) + [name]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta):
    def hello(self): pass
class Child(Base, flag=True):
    x = 1
    def __init__(self, v): self.v = v
c = Child(5); print(c.v, Child.registry, Base.registry, type(Child), Child)
Dyn = type("Dyn", (object,), {"a": 1, "f": lambda self: self.a * 2})
print(Dyn().f(), Dyn.__name__, type(Dyn).__name__, Dyn.__mro__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print("created")
print(One() is One())
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name); return {"injected": 42}
class WithPrep(metaclass=Prep):
    pass
print(WithPrep.injected, isinstance(WithPrep, type), type(type), type.__class__)
class Attr(type):
    def __getattr__(cls, name): return f"meta:{name}"
class UsesAttr(metaclass=Attr): pass
print(UsesAttr.anything)
