"""The @dataclass decorator: __init__, __repr__, __eq__, ordering, hashing
and frozen instances generated from a class's annotated fields.

CPython generates the methods' source and exec()s it; here they are closures
over the list of fields, so the VM needs no exec. The generated __init__
binds its arguments itself and reports mistakes with the messages CPython's
generated __init__ gives ("C.__init__() missing 1 required positional
argument: 'y'").

Provides dataclass, field, Field, fields, asdict, astuple, replace,
is_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar.

Differences from CPython: no weakref_slot or make_dataclass; ClassVar is recognised only from string annotations
('ClassVar[int]') or objects whose repr starts with 'typing.ClassVar';
asdict/astuple do not deep-copy values other than dataclasses, lists,
tuples and dicts.
"""

import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'MISSING',
           'KW_ONLY', 'InitVar', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and on to __post_init__,
    never stored on the instance."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


# ------------------------------------------------------------- fields

class Field:
    """One field of a dataclass, as made by field() or from an annotation."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare, self.metadata,
                    self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets its own __set_name__ call too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return repr(annotation).startswith('typing.ClassVar')


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _field_from_class(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (name,))
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError('mutable default %s for field %s is not allowed: '
                             'use default_factory' % (type(f.default), name))
    return f


def _collect_fields(cls, kw_only):
    """The fields of the bases (in MRO order, base first), then this class's."""
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                collected[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            kw_only = True
            continue
        f = _field_from_class(cls, name, annotation, kw_only)
        collected[name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    return collected


# ------------------------------------------------------ generated __init__

def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _check_default_order(positional):
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError('non-default argument %r follows default argument %r'
                            % (f.name, seen_default.name))


def _bind_arguments(where, positional, keyword_only, args, kwargs):
    """Map a call's arguments to field values (MISSING where a default
    applies), raising TypeError as Python does for a bad call."""
    if len(args) > len(positional):
        required = sum(1 for f in positional
                       if f.default is MISSING and f.default_factory is MISSING)
        if required == len(positional):
            allowed = '%d positional argument%s' % (
                len(positional) + 1, '' if not positional else 's')
        else:
            allowed = 'from %d to %d positional arguments' % (required + 1, len(positional) + 1)
        raise TypeError('%s takes %s but %d %s given' % (
            where, allowed, len(args) + 1, 'was' if not args else 'were'))
    names = [f.name for f in positional] + [f.name for f in keyword_only]
    for name in kwargs:
        if name not in names:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (where, name))
        if name in names[:len(args)]:
            raise TypeError("%s got multiple values for argument '%s'" % (where, name))
    values = {}
    for f, value in zip(positional, args):
        values[f.name] = value
    for kinds, group in (('positional', positional[len(args):]), ('keyword-only', keyword_only)):
        missing = []
        for f in group:
            if f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is MISSING and f.default_factory is MISSING:
                missing.append(f.name)
        if missing:
            raise TypeError('%s missing %d required %s argument%s: %s' % (
                where, len(missing), kinds, '' if len(missing) == 1 else 's',
                _quoted_list(missing)))
    return values


def _make_init(cls, all_fields, parameters, frozen):
    # The parameters: the fields and InitVars, in declaration order.
    init_fields = [f for f in parameters if f.init]
    init_vars = [f for f in parameters if f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    _check_default_order(positional)
    where = cls.__qualname__ + '.__init__()'

    def __init__(self, *args, **kwargs):
        values = _bind_arguments(where, positional, keyword_only, args, kwargs)
        for f in all_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, _POST_INIT_NAME, None)
        if post_init is not None:
            post_init(*[values[f.name] if f.name in values else f.default for f in init_vars])

    return __init__


# --------------------------------------------------- the other methods

_repr_running = set()


def _make_repr(all_fields):
    shown = [f for f in all_fields if f.repr]

    def __repr__(self):
        # A dataclass that contains itself prints "..." for the inner copy.
        key = (id(self), _thread.get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in shown]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'

    return __repr__


def _field_values(obj, selected):
    return tuple(getattr(obj, f.name) for f in selected)


def _make_comparison(compared, compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_field_values(self, compared), _field_values(other, compared))
        return NotImplemented
    return method


_ORDER_OPERATIONS = [
    ('__lt__', lambda a, b: a < b),
    ('__le__', lambda a, b: a <= b),
    ('__gt__', lambda a, b: a > b),
    ('__ge__', lambda a, b: a >= b),
]


def _make_hash(all_fields):
    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_field_values(self, hashed))

    return __hash__


def _frozen_setattr(self, name, value):
    if type(self) in _frozen_classes or name in getattr(type(self), _FIELDS, {}):
        raise FrozenInstanceError('cannot assign to field %r' % (name,))
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if type(self) in _frozen_classes or name in getattr(type(self), _FIELDS, {}):
        raise FrozenInstanceError('cannot delete field %r' % (name,))
    object.__delattr__(self, name)


_frozen_classes = set()


def _set_method(cls, name, function, overwrite_error=None):
    """Add a generated method unless the class defines its own."""
    if name in cls.__dict__:
        if overwrite_error is not None:
            raise TypeError(overwrite_error % (name, cls.__name__))
        return
    function.__name__ = name
    function.__qualname__ = cls.__qualname__ + '.' + name
    setattr(cls, name, function)


def _set_hash(cls, all_fields, unsafe_hash, eq, frozen):
    explicit = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(all_fields)
    elif eq and frozen:
        if not explicit:
            cls.__hash__ = _make_hash(all_fields)
    elif eq:
        if not explicit:
            cls.__hash__ = None


# ----------------------------------------------------------- dataclass

class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only


def _process_class(cls, params):
    if params.order and not params.eq:
        raise ValueError('eq must be true if order is true')
    collected = _collect_fields(cls, params.kw_only)
    setattr(cls, _FIELDS, collected)
    setattr(cls, _PARAMS, params)
    all_fields = [f for f in collected.values() if f._field_type is _FIELD]
    parameters = [f for f in collected.values() if f._field_type is not _FIELD_CLASSVAR]
    compared = [f for f in all_fields if f.compare]
    if params.init:
        _set_method(cls, '__init__', _make_init(cls, all_fields, parameters, params.frozen))
    if params.repr:
        _set_method(cls, '__repr__', _make_repr(all_fields))
    if params.eq:
        _set_method(cls, '__eq__', _make_comparison(compared, lambda a, b: a == b))
    if params.order:
        for name, compare in _ORDER_OPERATIONS:
            _set_method(cls, name, _make_comparison(compared, compare),
                        'Cannot overwrite attribute %s in class %s '
                        'Consider using functools.total_ordering')
    if params.frozen:
        _frozen_classes.add(cls)
        for name, function in (('__setattr__', _frozen_setattr), ('__delattr__', _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
            setattr(cls, name, function)
    _set_hash(cls, all_fields, params.unsafe_hash, params.eq, params.frozen)
    if params.match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(parameters)
    return cls


def _class_slots(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls, is_frozen):
    # A class cannot gain __slots__ once made, so this makes a new one with the
    # fields as slots (less those a base already has), as CPython does.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_class_slots(base))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        _frozen_classes.add(new_cls)
    return new_cls


def _annotation_text(annotation):
    # What inspect.signature shows for an annotation.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(all_fields):
    """The generated __init__'s signature without self, as the class's
    default docstring shows it: '(x: int, y: int = 0)'."""
    init_fields = [f for f in all_fields if f.init]
    parts = []
    starred = False
    for f in [f for f in init_fields if not f.kw_only] + [f for f in init_fields if f.kw_only]:
        if f.kw_only and not starred:
            parts.append('*')
            starred = True
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if weakref_slot:
        raise NotImplementedError('dataclass(weakref_slot=True) is not supported')
    params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only)

    def wrap(cls):
        cls = _process_class(cls, params)
        return _add_slots(cls, frozen) if slots else cls

    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------------- module functions

def fields(class_or_instance):
    """The fields of a dataclass (type or instance), as a tuple of Field."""
    try:
        collected = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in collected.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values, recursing into nested dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                            for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, as_dict)
                        for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_convert(k, factory, as_dict)] = _convert(v, factory, as_dict)
            return result
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f._field_type is _FIELD_INITVAR and f.name not in changes:
            if f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError('field %s is declared with init=False, it cannot '
                                'be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
