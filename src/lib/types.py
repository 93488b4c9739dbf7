"""Names for built-in types (FunctionType, GeneratorType, GenericAlias,
UnionType, ...) and SimpleNamespace.

Difference from CPython: SimpleNamespace is a Python class (its repr and
equality follow CPython's); no new_class, prepare_class, coroutine or
DynamicClassAttribute.
"""

import sys
from _generic_alias import GenericAlias, UnionType

__all__ = ['BuiltinFunctionType', 'BuiltinMethodType', 'CellType', 'CodeType',
           'FunctionType', 'GeneratorType', 'LambdaType', 'MappingProxyType',
           'MethodType', 'ModuleType', 'NoneType', 'EllipsisType',
           'NotImplementedType', 'SimpleNamespace', 'GenericAlias', 'UnionType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


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

del _f, _g, _C, _cell


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
