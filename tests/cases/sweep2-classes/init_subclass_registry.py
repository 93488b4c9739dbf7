class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], tuple[int, ...])
class Base:
    @classmethod
    def create(cls): return f"create {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls): return super().create() + " (derived)"
print(Derived.create(), Base.create())
class Slotted:
    __slots__ = ("_v",)
    def __init__(self, v): self._v = v
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
s = Slotted(1); s.v = 5; print(s.v, Slotted.v.fget.__name__)
class Outer:
    class Inner:
        class Deep: pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, repr(Outer.Inner.Deep)[:33])
