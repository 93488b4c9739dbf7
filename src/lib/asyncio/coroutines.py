"""Telling coroutines apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is types.CoroutineType or (
        type(obj) is types.GeneratorType and bool(obj.gi_code.co_flags & 0x100))
