"""Names for built-in types (FunctionType, GeneratorType, GenericAlias,
UnionType, ...) and SimpleNamespace.

Difference from CPython: SimpleNamespace is a Python class (its repr and
equality follow CPython's); no new_class, prepare_class or
DynamicClassAttribute. coroutine() tells generators from coroutines by their
methods, as the collections.abc classes it uses in CPython do.
"""

import sys
from _generic_alias import GenericAlias, UnionType

__all__ = ['BuiltinFunctionType', 'BuiltinMethodType', 'CellType', 'CodeType',
           'FunctionType', 'GeneratorType', 'LambdaType', 'MappingProxyType',
           'MethodType', 'ModuleType', 'NoneType', 'EllipsisType',
           'NotImplementedType', 'SimpleNamespace', 'GenericAlias', 'UnionType',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())

del _f, _g, _c, _ag, _C, _cell


class SimpleNamespace:
    """A plain object whose attributes are given as keywords."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# ---------------------------------------------------------------------------
# types.coroutine


def _has_methods(cls, *names):
    """Whether cls (through its MRO) defines every one of names, not as None."""
    for name in names:
        for base in cls.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class _GeneratorWrapper:
    """Makes a generator-like object awaitable, without changing it."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        co_flags = func.__code__.co_flags
        # A coroutine function already (CO_COROUTINE | CO_ITERABLE_COROUTINE).
        if co_flags & 0x180:
            return func
        # A generator function (CO_GENERATOR): its generators become awaitable.
        if co_flags & 0x20:
            co = func.__code__
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        cls = type(coro)
        if (_has_methods(cls, '__iter__', '__next__', 'send', 'throw', 'close') and
                not _has_methods(cls, '__await__', 'send', 'throw', 'close')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped
