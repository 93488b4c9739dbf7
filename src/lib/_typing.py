"""The objects of PEP 695's syntax: TypeVar, ParamSpec, TypeVarTuple,
TypeAliasType and Generic, which `typing` re-exports (CPython keeps them in
its C module _typing), and the helpers the interpreter's intrinsics call to
make them: `def f[T]` makes exactly a typing.TypeVar.

Bounds, constraints, defaults and alias values written in the syntax are
evaluated lazily: the object keeps the function that computes them and calls
it on first access.
"""

# Errors raised while a lazy value is computed show the user's code only, as
# when CPython's C implementation computes it.
__traceback_hidden__ = True


class _NoDefaultType:
    __slots__ = ()

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


NoDefault = _NoDefaultType()


def _sealed(cls):
    def __init_subclass__(sub, *args, **kwargs):
        raise TypeError(f"type 'typing.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _union(a, b):
    import typing
    return typing.Union[a, b]


class _Lazy:
    """A value given outright, or computed by a function on first use."""
    __slots__ = ('value', 'evaluate')

    def __init__(self, value, evaluate=None):
        self.value = value
        self.evaluate = evaluate

    def get(self):
        if self.evaluate is not None:
            self.value = self.evaluate()
            self.evaluate = None
        return self.value


class _TypeParameter:
    __module__ = 'typing'

    def _init_common(self, name, bound, covariant, contravariant, infer_variance, default):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__name__ = name
        self._bound = _Lazy(bound)
        self._default = _Lazy(default)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    @property
    def __bound__(self):
        return self._bound.get()

    @property
    def __default__(self):
        return self._default.get()

    def has_default(self):
        return self._default.evaluate is not None or self._default.value is not NoDefault

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


@_sealed
class TypeVar(_TypeParameter):
    """Type variable: its repr is '~T' ('+T', '-T' for co- and contravariant
    ones, plain 'T' for one whose variance is inferred)."""
    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self._init_common(name, bound, covariant, contravariant, infer_variance, default)
        self._constraints = _Lazy(tuple(constraints))

    @property
    def __constraints__(self):
        return self._constraints.get()


class ParamSpecArgs:
    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs:
    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


@_sealed
class ParamSpec(_TypeParameter):
    """Parameter specification variable: `**P`."""
    __module__ = 'typing'

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self._init_common(name, bound, covariant, contravariant, infer_variance, default)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


@_sealed
class TypeVarTuple(_TypeParameter):
    """Type variable tuple: `*Ts`."""
    __module__ = 'typing'

    def __init__(self, name, *, default=NoDefault):
        self._init_common(name, None, False, False, False, default)

    def __repr__(self):
        return self.__name__


@_sealed
class TypeAliasType:
    """Type alias: what a `type` statement makes. Its repr is its name."""
    __module__ = 'typing'

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError(f"TypeAliasType.__init__() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self.__name__ = name
        self._value = _Lazy(value)
        self.__type_params__ = type_params
        self.__module__ = None

    @property
    def __value__(self):
        return self._value.get()

    @property
    def __parameters__(self):
        return self.__type_params__

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        import types
        return types.GenericAlias(self, parameters)

    # Unlike a TypeVar's, an alias's `|` makes a types.UnionType.
    def __or__(self, other):
        from _generic_alias import _union as union
        return union(self, other)

    def __ror__(self, other):
        from _generic_alias import _union as union
        return union(other, self)

    def __reduce__(self):
        return self.__name__


def _apply_defaults(cls, args):
    """A generic class's arguments, with the defaults of the parameters not given."""
    params = getattr(cls, '__parameters__', ())
    if not params or len(args) >= len(params):
        if params and len(args) > len(params) and not any(isinstance(p, TypeVarTuple) for p in params):
            raise TypeError(f"Too many arguments for {cls}; actual {len(args)}, expected {len(params)}")
        return args
    filled = list(args)
    for p in params[len(args):]:
        if not p.has_default():
            required = sum(1 for q in params if not q.has_default())
            raise TypeError(f"Too few arguments for {cls}; actual {len(args)}, expected at least {required}")
        filled.append(p.__default__)
    return tuple(filled)


class Generic:
    """Abstract base class for generic types: `class C[T]` has it as a base."""
    __slots__ = ()
    __module__ = 'typing'

    def __class_getitem__(cls, params):
        import typing
        if not isinstance(params, tuple):
            params = (params,)
        if cls is not Generic and cls.__dict__.get('_is_protocol_base') is None:
            params = _apply_defaults(cls, params)
        return typing._GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        found = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if getattr(base, '__origin__', None) is Generic:
                found = list(base.__args__)
                break
            for p in getattr(base, '__parameters__', ()):
                if p not in found:
                    found.append(p)
        cls.__parameters__ = tuple(found)


# ------------------------------------------------------------ the intrinsics' helpers

def _typevar(name, evaluate_bound, evaluate_constraints):
    tv = TypeVar(name, infer_variance=True)
    if evaluate_bound is not None:
        tv._bound = _Lazy(None, evaluate_bound)
    if evaluate_constraints is not None:
        tv._constraints = _Lazy((), evaluate_constraints)
    return tv


def _paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _typevartuple(name):
    return TypeVarTuple(name)


def _set_default(param, evaluate_default):
    param._default = _Lazy(NoDefault, evaluate_default)
    return param


def _set_type_params(func, params):
    func.__type_params__ = params
    return func


def _subscript_generic(params):
    return Generic[params]


def _typealias(name, params, evaluate_value, module):
    alias = TypeAliasType(name, None, type_params=params)
    alias._value = _Lazy(None, evaluate_value)
    alias.__module__ = module
    return alias
