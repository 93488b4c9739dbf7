"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

EnumType (the metaclass) turns the plain attributes of a class body into
members: instances of the class, made once, with `name` and `value`.
Calling the class looks a member up by value, subscripting by name;
iterating gives the members in definition order, without aliases.

Differences from CPython: no _missing_/_generate_next_value_ hooks beyond auto's defaults, no
pickling support, and Flag members combine in definition order.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'member', 'nonmember']

_auto_null = object()


class auto:
    """A member value chosen by the enum: the next integer (a power of two
    for Flag, the lowercased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _function():
    pass


# Functions and the built-in descriptors, whose __get__ this runtime does
# not expose as an attribute.
_DESCRIPTOR_TYPES = (type(_function), property, classmethod, staticmethod)


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__')
            or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_member_name(key, value):
    if key.startswith('_'):
        return False
    if isinstance(value, member):
        return True
    if isinstance(value, nonmember):
        return False
    return not _is_descriptor(value)


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(mcls, name, bases, ns, **kwargs):
        members = []
        body = {}
        for key, value in ns.items():
            if _is_member_name(key, value):
                members.append((key, value.value if isinstance(value, member) else value))
            elif isinstance(value, nonmember):
                body[key] = value.value
            else:
                body[key] = value
        cls = super().__new__(mcls, name, bases, body, **kwargs)
        if '__repr__' not in ns and cls._mixin_type() is not object:
            # The mixed-in type's repr (int's) would come first in the MRO:
            # members keep the enum repr, as CPython's EnumType arranges.
            for klass in cls.__mro__:
                if isinstance(klass, EnumType) and '__repr__' in klass.__dict__:
                    type.__setattr__(cls, '__repr__', klass.__dict__['__repr__'])
                    break
        type.__setattr__(cls, '_member_names_', [])
        type.__setattr__(cls, '_member_map_', {})
        type.__setattr__(cls, '_value2member_map_', {})
        if members and any(getattr(b, '_member_names_', None) for b in bases):
            raise TypeError(f"{name!r} cannot extend {bases[0]!r}")
        last = None
        for index, (key, value) in enumerate(members):
            if isinstance(value, auto):
                value = value.value
                if value is _auto_null:
                    value = cls._generate_next_value_(key, 1, index, [v for _, v in members[:index]] if last is None else last)
            cls._add_member(key, value)
            last = [m._value_ for m in cls._member_map_.values()]
        return cls

    def _add_member(cls, key, value):
        mixin = cls._mixin_type()
        args = value if isinstance(value, tuple) else (value,)
        if mixin is object:
            obj = object.__new__(cls)
        elif mixin is tuple:
            obj = mixin.__new__(cls, value)
        else:
            obj = mixin.__new__(cls, *args)
        obj._name_ = key
        obj._value_ = mixin(*args) if mixin not in (object, tuple) and '__new__' not in cls.__dict__ else value
        init = cls.__dict__.get('__init__')
        if init is None:
            for base in cls.__mro__[1:]:
                if base.__dict__.get('__init__') is not None and base not in (object, int, str, float, tuple):
                    init = base.__dict__['__init__']
                    break
        if init is not None and init is not Enum.__dict__.get('__init__'):
            init(obj, *args)
        for existing in cls._member_map_.values():
            if existing._value_ == obj._value_:
                obj = existing
                break
        else:
            cls._member_names_.append(key)
            try:
                cls._value2member_map_.setdefault(obj._value_, obj)
            except TypeError:
                pass
        cls._member_map_[key] = obj
        type.__setattr__(cls, key, obj)

    def _mixin_type(cls):
        for base in cls.__mro__[1:]:
            if base in (int, str, float, tuple):
                return base
        return object

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if result is not None:
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN'), Enum('Color', [('RED', 1)]),
        Enum('Color', {'RED': 1})."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for count, name in enumerate(names):
                values.append(cls._generate_next_value_(name, start, count, values[:]))
            names = list(zip(names, values))
        items = names.items() if hasattr(names, 'items') else names
        classdict = {}
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = None
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """The base of enumerations: members have a name and a value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs; auto() gives the lowercased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class Flag(Enum):
    """An enum whose members combine with |, & and ^ into new values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        return cls._compose(value)

    @classmethod
    def _compose(cls, value):
        names = []
        remaining = value
        for name in cls._member_names_:
            member_value = cls._member_map_[name]._value_
            if member_value and member_value & value == member_value and _bit_count(member_value) == 1:
                names.append(name)
                remaining &= ~member_value
        unknown = 0
        if remaining:
            all_bits = 0
            for m in cls._member_map_.values():
                all_bits |= m._value_
            unknown = remaining & ~all_bits
            # IntFlag keeps bits no member names (CPython's KEEP boundary); Flag refuses them.
            if unknown and not issubclass(cls, IntFlag):
                raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mixin = cls._mixin_type()
        obj = object.__new__(cls) if mixin is object else mixin.__new__(cls, value)
        obj._name_ = '|'.join(names) if names else None
        if names and unknown:
            obj._name_ += '|' + repr(unknown)
        obj._value_ = value
        return obj

    def __repr__(self):
        name = self._name_
        return "<%s.%s: %r>" % (self.__class__.__name__, name, self._value_) if name is not None \
            else "<%s: %r>" % (self.__class__.__name__, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            m = self.__class__._member_map_[name]
            if m._value_ and _bit_count(m._value_) == 1 and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    def __xor__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bit_count(n):
    return bin(n).count('1')


def unique(enumeration):
    """A class decorator that refuses aliases (two names for one value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
