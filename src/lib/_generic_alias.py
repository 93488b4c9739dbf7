"""types.GenericAlias (`list[int]`) and types.UnionType (`int | None`).

The interpreter makes these when a built-in class is subscripted or two
classes are joined with `|`; typing builds its aliases on them too.

Difference from CPython: Python classes, so isinstance() and issubclass()
do not reject them, and their parameters (TypeVars) are not substituted.
"""

__all__ = ['GenericAlias', 'UnionType']


def _type_repr(obj):
    """How CPython's alias reprs show one argument."""
    if obj is Ellipsis:
        return '...'
    if obj is type(None):
        return 'None'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


class GenericAlias:
    """A parameterized class such as list[int]: calling it makes an instance
    of the class, its repr shows the arguments."""

    __module__ = 'types'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """`X | Y` for classes: its repr joins the members with ' | '."""

    __module__ = 'types'

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _members(obj):
    if obj is None:
        return (type(None),)
    if isinstance(obj, UnionType):
        return obj.__args__
    return (obj,)


def _union(left, right):
    """`left | right`: the distinct members of both, in order; one member alone stands for itself."""
    args = []
    for member in _members(left) + _members(right):
        if member not in args:
            args.append(member)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
