class Base:
    registry = []
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class Child(Base, tag="x"): pass
class Child2(Base): pass
class Grand(Child, tag="g"): pass
print(Child.tag, Child2.tag, Grand.tag, Base.registry)
try:
    class Bad(Base, other=1): pass
except TypeError as e:
    print(e)
try:
    class Plain(flag=True): pass
except TypeError as e:
    print(e)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins[name or cls.__name__.lower()] = cls
class A(Plugin): pass
class B(Plugin, name="bee"): pass
print(sorted(Plugin.plugins))
print(type(Base.__dict__["__init_subclass__"]).__name__)
