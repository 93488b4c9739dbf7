"""Abstract base classes (PEP 3119), after CPython's pure-Python _py_abc.

ABCMeta records a class's abstract methods in __abstractmethods__; the
interpreter's object.__new__ refuses to instantiate a class while that set is
not empty, with CPython's message.

Difference from CPython: isinstance() and issubclass() do not consult
__instancecheck__ or __subclasscheck__, so register() records the virtual
subclass without making isinstance() accept its instances.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method as abstract: a class that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # A property is abstract when one of its accessors is.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    inner = getattr(value, "__func__", None)
    return inner is not None and getattr(inner, "__isabstractmethod__", False)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ from its namespace and its bases."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


_cache_token = 0


def get_cache_token():
    return _cache_token


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Records `subclass` as a virtual subclass of cls and returns it."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.append(subclass)
        _cache_token += 1
        return subclass


class ABC(metaclass=ABCMeta):
    """A helper class whose subclasses have ABCMeta as metaclass."""
    __slots__ = ()
