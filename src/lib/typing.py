"""Type hints: the names of the typing module, enough for annotations and
for the runtime features programs use (NamedTuple, TypedDict, TypeVar,
Generic, Protocol, cast, overload, ...).

The aliases (List, Dict, Optional, Union, Callable...) subscript to objects
whose repr is CPython's ('typing.List[int]', 'typing.Optional[str]').

Differences from CPython: no type-parameter substitution, get_type_hints()
does not evaluate string annotations, and isinstance() does not check
Protocols structurally.
"""

import collections
from _generic_alias import GenericAlias as _BuiltinAlias, UnionType as _UnionType, _type_repr
from _typing import (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType,
                     Generic, NoDefault)

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'ParamSpec', 'TypeVarTuple', 'ParamSpecArgs',
           'ParamSpecKwargs', 'TypeAliasType', 'NoDefault', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible', 'SupportsAbs',
           'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Counter',
           'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final',
           'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
           'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'TypeAlias',
           'NoReturn', 'Never', 'Self', 'LiteralString', 'Annotated', 'assert_never',
           'reveal_type', 'Iterable', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match']

TYPE_CHECKING = False


def _repr_arg(arg):
    if isinstance(arg, list):
        return '[' + ', '.join(_repr_arg(a) for a in arg) + ']'
    if arg == ():
        return '()'
    # typing turns None into NoneType in its aliases, and shows it so.
    if arg is None or arg is type(None):
        return 'NoneType'
    return _type_repr(arg)


class _Final:
    __module__ = 'typing'


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: a name that only subscripting gives meaning to."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A typing alias with its arguments: typing.List[int], typing.Union[int, str]."""

    def __init__(self, origin, args, name=None, form=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)))
        self._name = name
        self._form = form

    def __repr__(self):
        if self._form == 'Optional':
            return f'typing.Optional[{_repr_arg(self.__args__[0])}]'
        if self._form == 'Callable':
            params, result = self.__args__[:-1], self.__args__[-1]
            shown = '...' if params == (Ellipsis,) else _repr_arg(list(params))
            return f'typing.Callable[{shown}, {_repr_arg(result)}]'
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        args = ', '.join(_repr_arg(a) for a in self.__args__) if self.__args__ else '()'
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._form is not None or not callable(self.__origin__):
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            return (self.__origin__,)
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _SpecialGenericAlias(_Final):
    """List, Dict, Set...: an unsubscripted alias of a class."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == 'Tuple'):
            qualifier = 'few' if len(params) < self._nparams else 'many'
            raise TypeError(f"Too {qualifier} arguments for {self!r}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            flat = (Ellipsis, result)
        else:
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
            flat = tuple(args) + (result,)
        return _GenericAlias(self.__origin__, flat, 'Callable', form='Callable')


# ------------------------------------------------------------ special forms

def _any_getitem(self, params):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _flatten_union(params):
    members = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            inner = p.__args__
        elif isinstance(p, _UnionType):
            inner = p.__args__
        else:
            inner = (p,)
        for q in inner:
            if q not in members:
                members.append(q)
    return tuple(members)


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    members = _flatten_union(params)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and type(None) in members:
        return _GenericAlias(Union, members, 'Union', form='Optional')
    return _GenericAlias(Union, members, 'Union')


def _optional_getitem(self, param):
    return Union[param, None]


def _wrapping_getitem(self, param):
    return _GenericAlias(self, param, self._name)


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(self, params)


class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, 'Literal')

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _wrapping_getitem)
Final = _SpecialForm('Final', _wrapping_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
TypeGuard = _SpecialForm('TypeGuard', _wrapping_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_repr_arg(self.__origin__)}, {extras}]'


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(params[0], params[1:])


Annotated = _AnnotatedForm('Annotated')


# ------------------------------------------------------------ aliases of classes

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple', -1)
Type = _SpecialGenericAlias(type, 'Type', 1)
Deque = _SpecialGenericAlias(collections.deque, 'Deque', 1)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(collections.Counter, 'Counter', 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 'ChainMap', 2)
Text = str
AnyStr = None  # replaced below, once TypeVar exists


class _AbstractAlias(_SpecialGenericAlias):
    """An alias of a collections.abc class, which this runtime has not: the
    alias still subscripts and prints as CPython's does."""

    def __init__(self, name, nparams, module='collections.abc'):
        origin = type(name, (), {'__module__': module})
        super().__init__(origin, name, nparams)


Iterable = _AbstractAlias('Iterable', 1)
Iterator = _AbstractAlias('Iterator', 1)
Generator = _AbstractAlias('Generator', 3)
Sequence = _AbstractAlias('Sequence', 1)
MutableSequence = _AbstractAlias('MutableSequence', 1)
Mapping = _AbstractAlias('Mapping', 2)
MutableMapping = _AbstractAlias('MutableMapping', 2)
AbstractSet = _AbstractAlias('AbstractSet', 1)
MutableSet = _AbstractAlias('MutableSet', 1)
Collection = _AbstractAlias('Collection', 1)
Container = _AbstractAlias('Container', 1)
Reversible = _AbstractAlias('Reversible', 1)
Sized = _AbstractAlias('Sized', 0)
Hashable = _AbstractAlias('Hashable', 0)
Awaitable = _AbstractAlias('Awaitable', 1)
Coroutine = _AbstractAlias('Coroutine', 3)
AsyncIterable = _AbstractAlias('AsyncIterable', 1)
AsyncIterator = _AbstractAlias('AsyncIterator', 1)
AsyncGenerator = _AbstractAlias('AsyncGenerator', 2)
ItemsView = _AbstractAlias('ItemsView', 2)
KeysView = _AbstractAlias('KeysView', 1)
ValuesView = _AbstractAlias('ValuesView', 1)
MappingView = _AbstractAlias('MappingView', 1)
ByteString = _AbstractAlias('ByteString', 0)
IO = _AbstractAlias('IO', 1, 'typing')
TextIO = _AbstractAlias('TextIO', 0, 'typing')
BinaryIO = _AbstractAlias('BinaryIO', 0, 'typing')
Pattern = _AbstractAlias('Pattern', 1, 're')
Match = _AbstractAlias('Match', 1, 're')
Callable = _CallableAlias(_AbstractAlias('Callable', -1).__origin__, 'Callable')


class _SupportsAlias(_Final):
    pass


SupportsInt = SupportsFloat = SupportsAbs = SupportsIndex = SupportsRound = _SupportsAlias


# ------------------------------------------------------------ TypeVar, Generic, Protocol

AnyStr = TypeVar('AnyStr', bytes, str)


class Protocol(Generic):
    """The base of protocol classes (structural types)."""
    __slots__ = ()
    __module__ = 'typing'


def runtime_checkable(cls):
    return cls


# ------------------------------------------------------------ NamedTuple, TypedDict, NewType

def _namedtuple_from_class(name, bases, ns):
    fields = list(ns.get('__annotations__', {}))
    defaults = [ns[f] for f in fields if f in ns]
    if defaults and any(f not in ns for f in fields[fields.index(next(f for f in fields if f in ns)):]):
        first_default = next(f for f in fields if f in ns)
        for f in fields[fields.index(first_default):]:
            if f not in ns:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow default field {first_default}")
    cls = collections.namedtuple(name, fields, defaults=defaults, module=ns.get('__module__'))
    cls.__annotations__ = dict(ns.get('__annotations__', {}))
    for key, value in ns.items():
        if key in fields or key in ('__annotations__', '__module__', '__qualname__', '__orig_bases__'):
            continue
        setattr(cls, key, value)
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        return _namedtuple_from_class(name, bases, ns)


class NamedTuple(metaclass=_NamedTupleMeta):
    """class P(NamedTuple): x: int, y: int = 0  — or NamedTuple('P', [('x', int)])."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [f for f, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str — instances are plain dicts."""


class NewType:
    """NewType('UserId', int): a callable that returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return f'{self.__module__}.{self.__name__}'

    def __call__(self, value):
        return value


NewType.__module__ = '__main__'


# ------------------------------------------------------------ functions

def cast(typ, val):
    """Returns val unchanged (a hint to type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) and tp._form == 'Callable':
        params, result = tp.__args__[:-1], tp.__args__[-1]
        if params == (Ellipsis,):
            return (Ellipsis, result)
        return (list(params), result)
    if isinstance(tp, (_GenericAlias, _BuiltinAlias, _UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module (string annotations
    are left as strings)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    hints.update(getattr(obj, '__annotations__', {}) or {})
    return hints
