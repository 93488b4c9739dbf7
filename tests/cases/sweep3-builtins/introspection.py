# type(), dir(), vars(), getattr and friends on user classes.
class Base:
    kind = "base"
    def greet(self):
        return "hi"

class Child(Base):
    """A child class."""
    level = 2
    def __init__(self):
        self.name = "c"
        self._hidden = 1

c = Child()
print(type(c).__name__, type(c).__qualname__, type(c).__module__)
print(Child.__bases__, Child.__mro__)
print(Child.__doc__, Base.__doc__)
print(sorted(vars(c).items()))
print([n for n in dir(c) if not n.startswith('__')])
print('level' in Child.__dict__, 'kind' in Child.__dict__, 'kind' in Base.__dict__)
print(getattr(c, 'kind'), getattr(c, 'greet')(), getattr(Child, 'greet')(c))
setattr(c, 'extra', 42)
print(c.extra, hasattr(c, 'extra'))
delattr(c, 'extra')
print(hasattr(c, 'extra'))
try:
    delattr(c, 'extra')
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(c, Base), issubclass(Child, Base), issubclass(Child, object))
print(Child.__subclasses__(), Base.__subclasses__())
print(type(Child), type(type), type(Base.greet), type(c.greet))
print(c.greet.__self__ is c, c.greet.__func__ is Base.greet, c.greet.__name__)
print(Base.greet.__qualname__, Child.__init__.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__name__, outer().__module__)
print(callable(c), callable(Child), callable(c.greet))
T = type("T", (Base,), {"x": 1, "method": lambda self: self.x * 10})
t = T()
print(T.__name__, T.__bases__[0].__name__, t.method(), t.greet(), t.kind)
print(type(t) is T, t.__class__ is T, T.__dict__['x'])
print(sorted(k for k in vars(T) if not k.startswith('__')))
print(int.__name__, int.__qualname__, str.__mro__, bool.__bases__)
print(len.__name__, len.__qualname__, type(len).__name__, [].append.__name__, type([].append).__name__)
print(object.__name__, object.__bases__, type.__mro__)
