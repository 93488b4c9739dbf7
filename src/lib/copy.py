"""Shallow and deep copies: copy(x) and deepcopy(x).

Built-in containers are copied directly; other objects through __copy__ /
__deepcopy__ when they define them, else by making a new instance with
cls.__new__(cls) and copying the instance dict (deepcopy: the dict's values
copied deeply), which is what CPython's __reduce_ex__ route does for plain
classes.

Difference from CPython: no copyreg and no __reduce_ex__/__getstate__
protocol beyond that; __slots__ values are copied when __slots__ is a
sequence of names.
"""

import _weakref

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented),
           property, _weakref.ref)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively,
    each object once (shared references stay shared)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items did not change is returned as it is.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo is keyed by id(); keeping the originals alive keeps ids unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple)):
        # A subclass of a built-in container: copy the items, then the dict.
        if isinstance(x, tuple):
            items = x if memo is None else [deepcopy(a, memo) for a in x]
            y = cls.__new__(cls, items)
        else:
            y = cls.__new__(cls)
            if memo is not None:
                memo[id(x)] = y
            if isinstance(x, dict):
                for key, value in x.items():
                    y[key if memo is None else deepcopy(key, memo)] = value if memo is None else deepcopy(value, memo)
            elif isinstance(x, list):
                y.extend(x if memo is None else [deepcopy(a, memo) for a in x])
            else:
                y.update(x if memo is None else [deepcopy(a, memo) for a in x])
    else:
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name):
            value = getattr(x, name)
            setattr(y, name, value if memo is None else deepcopy(value, memo))
    return y


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__"):
                names.append(name)
    return names


def replace(obj, /, **changes):
    """A new object like obj with the given fields changed (obj.__replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
