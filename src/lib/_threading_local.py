"""Thread-local data in pure Python: `local`, for runtimes whose `_thread`
has no native `_local` (threading.local uses this one then; its messages
then name the type 'local' where CPython's say '_thread._local').

How it works: a local object keeps one attribute dict per thread, in a dict
keyed by the thread's ident. Every attribute access goes through
__getattribute__/__setattr__/__delattr__, which pick the calling thread's
dict, creating it on first use; for a thread other than the creator, a new
dict is initialised by calling __init__ with the constructor's arguments,
as CPython does. Class attributes and methods are found on the class as
usual; data descriptors (properties) on the class take precedence over the
per-thread dict.

The invariant: a per-thread dict never outlives its thread. threading calls
_thread_ended(ident) (registered in threading._thread_end_hooks) when a
Thread ends, so that a later thread that gets the same ident starts empty. (A thread started with _thread directly is not
tracked, so its entries stay until the local object is dropped.)
"""

from _thread import get_ident

__all__ = ["local"]

_MISSING = object()

# Every live local's per-thread dicts, so that a thread's entries can be
# dropped when it ends. Holding them here keeps them alive: the price of
# having no weak references.
_all_thread_dicts = []


def _thread_ended(ident):
    for thread_dicts in _all_thread_dicts:
        thread_dicts.pop(ident, None)


def _class_attribute(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


def _is_data_descriptor(attribute):
    kind = type(attribute)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _type_name(obj):
    return type(obj).__name__


class _LocalState:
    """What one local object holds, apart from the per-thread attributes."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.thread_dicts = {}
        _all_thread_dicts.append(self.thread_dicts)
        _watch_thread_ends()


_watching = []


def _watch_thread_ends():
    # Imported here, not at the top: threading imports this module.
    if not _watching:
        import threading
        threading._thread_end_hooks.append(_thread_ended)
        _watching.append(True)


def _dict_for_this_thread(obj):
    state = object.__getattribute__(obj, '_local__state')
    ident = get_ident()
    attributes = state.thread_dicts.get(ident)
    if attributes is None:
        attributes = {}
        state.thread_dicts[ident] = attributes
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *state.args, **state.kwargs)
    return attributes


class local:
    """Thread-local data"""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread's dict exists before __init__ runs for it, so
        # that __init__ is not run a second time on first access.
        state.thread_dicts[get_ident()] = {}
        return self

    def __getattribute__(self, name):
        attributes = _dict_for_this_thread(self)
        if name == '__dict__':
            return attributes
        found = _class_attribute(type(self), name)
        if found is not _MISSING and _is_data_descriptor(found):
            return type(found).__get__(found, self, type(self))
        if name in attributes:
            return attributes[name]
        if found is not _MISSING:
            getter = getattr(type(found), '__get__', None)
            if getter is None:
                return found
            return getter(found, self, type(self))
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_name(self))
        attributes = _dict_for_this_thread(self)
        found = _class_attribute(type(self), name)
        if found is not _MISSING and hasattr(type(found), '__set__'):
            type(found).__set__(found, self, value)
            return
        attributes[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_name(self))
        attributes = _dict_for_this_thread(self)
        found = _class_attribute(type(self), name)
        if found is not _MISSING and hasattr(type(found), '__delete__'):
            type(found).__delete__(found, self)
            return
        if name not in attributes:
            raise AttributeError(name)
        del attributes[name]
