"""The signals, rounding modes and contexts of the decimal module.

A context holds the precision, the rounding mode, the exponent limits and
two sets of signals: the flags (signals raised since they were last
cleared) and the traps (signals that raise an exception). An operation
reports each condition with _raise: the flag is set, and when the signal is
trapped the exception is raised. Its message lists the conditions as
CPython's libmpdec-based decimal prints them: "[<class 'decimal.X'>]".

Each thread has its own current context, made from DefaultContext the first
time the thread asks for it.
"""

import _thread

__traceback_hidden__ = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
             DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'

# The order in which a context's repr lists its flags and traps.
_SIGNALS = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
            Underflow)
# The signal whose flag a condition sets (the conditions that are subclasses
# of InvalidOperation set InvalidOperation's).
_FLAG_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
            DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """The flags or traps of a context: signal -> bool, for the known signals only."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('invalid signal dict')
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, v) for k, v in self.items()) + '}'


def _signal_dict(signals):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, s in signals)
    return d


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = [s for s, on in base.traps.items() if on] if base else [InvalidOperation, DivisionByZero,
                                                                               Overflow]
        elif isinstance(traps, dict):
            traps = [s for s, on in traps.items() if on]
        self.traps = _signal_dict(traps)
        if flags is None:
            flags = []
        elif isinstance(flags, dict):
            flags = [s for s, on in flags.items() if on]
        self.flags = _signal_dict(flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name not in ('flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute %r" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = lambda d: '[' + ', '.join(s.__name__ for s in _SIGNALS if d[s]) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, names(self.flags),
                   names(self.traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       [s for s in _SIGNALS if self.flags[s]], [s for s in _SIGNALS if self.traps[s]])

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, *conditions):
        """Sets the flags of `conditions`; raises the first trapped one, listing all the trapped ones."""
        trapped = []
        for condition in conditions:
            signal = _FLAG_OF.get(condition, condition)
            dict.__setitem__(self.flags, signal, True)
            if self.traps[signal]:
                trapped.append(condition)
        if trapped:
            raise _FLAG_OF.get(trapped[0], trapped[0])(trapped)

    def create_decimal(self, num='0'):
        import decimal
        d = decimal.Decimal(num, self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        import decimal
        return decimal.Decimal.from_float(f)._fix(self)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[Clamped, InvalidOperation, DivisionByZero, Overflow,
                                                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = {}


def getcontext():
    ident = _thread.get_ident()
    context = _current.get(ident)
    if context is None:
        context = _current[ident] = DefaultContext.copy()
    return context


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current[_thread.get_ident()] = context


class _ContextManager:
    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    context = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if name in ('flags', 'traps'):
            setattr(context, name, _signal_dict([s for s, on in value.items() if on]))
        elif name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp'):
            setattr(context, name, value)
        else:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    return _ContextManager(context)
