"""collections.namedtuple: tuple subclasses with named fields.

CPython builds the class by exec-ing generated source; here the class is
assembled from closures: one generic __new__ that binds arguments to fields
(reporting errors with the messages CPython's generated __new__ gives) and
one read-only field descriptor per field.

Difference from CPython: the new class's __module__ comes from the `module`
argument, else from sys._getframemodulename when the runtime has it, else
it is 'collections'. Without __slots__, instances accept new attributes
(CPython's raise AttributeError).
"""

import sys

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _split_names(field_names):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    return list(map(str, field_names))


def _renamed(field_names):
    seen = set()
    result = []
    for index, name in enumerate(field_names):
        if (not name.isidentifier() or name in _KEYWORDS
                or name.startswith('_') or name in seen):
            name = '_%d' % index
        seen.add(name)
        result.append(name)
    return result


def _check_names(typename, field_names, renamed):
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not renamed:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)


def _names_list(names):
    """'a', 'a' and 'b', 'a', 'b', and 'c': as Python lists missing arguments."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, fields, defaults):
    """A __new__ that accepts the fields positionally or by name."""
    count = len(fields)
    required = count - len(defaults)
    where = typename + '.__new__()'

    def __new__(_cls, *args, **kwargs):
        if len(args) > count:
            if required == count:
                allowed = '%d positional argument%s' % (count + 1, '' if count == 0 else 's')
            else:
                allowed = 'from %d to %d positional arguments' % (required + 1, count + 1)
            raise TypeError('%s takes %s but %d %s given' % (
                where, allowed, len(args) + 1, 'was' if len(args) == 0 else 'were'))
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (where, name))
            if fields.index(name) < len(args):
                raise TypeError("%s got multiple values for argument '%s'" % (where, name))
        missing = []
        for index in range(len(args), count):
            name = fields[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif index >= required:
                values.append(defaults[index - required])
            else:
                missing.append(name)
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s' % (
                where, len(missing), '' if len(missing) == 1 else 's', _names_list(missing)))
        return tuple.__new__(_cls, values)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))
    return __new__


class _tuplegetter:
    """A field of a named tuple: reads item `index`, refuses assignment with
    CPython's messages (its C _tuplegetter is a read-only data descriptor)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _field_property(index):
    return _tuplegetter(index, 'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    field_names = _split_names(field_names)
    typename = str(typename)
    if rename:
        field_names = _renamed(field_names)
    _check_names(typename, field_names, rename)
    fields = tuple(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    else:
        defaults = ()
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    count = len(fields)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise TypeError('Got unexpected field names: %r' % (list(kwds),))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _make_new(typename, fields, defaults),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    result = type(typename, (tuple,), namespace)
    if module is None and hasattr(sys, '_getframemodulename'):
        module = sys._getframemodulename(1) or '__main__'
    if module is not None:
        result.__module__ = module
    else:
        result.__module__ = 'collections'
    for function in (result.__new__, _replace, __repr__, _asdict, __getnewargs__):
        function.__qualname__ = typename + '.' + function.__name__
    return result
