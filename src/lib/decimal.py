"""Decimal fixed and floating point arithmetic, as CPython's decimal module
does it (the General Decimal Arithmetic Specification).

A finite Decimal is (-1)**_sign * _int * 10**_exp, with _int a Python int;
an infinity or NaN has _exp 'F', 'n' (quiet NaN) or 'N' (signalling NaN)
and, for NaNs, _int is the payload. Every operation computes its exact
result (or enough digits of it) with ints, then _fix rounds it to the
context's precision and checks the exponent limits, reporting Inexact,
Rounded, Overflow, ... through the context (_decimal_context.py).

Difference from CPython: powers with a non-integral exponent, exp, ln,
log10 and fma are missing.
"""

from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
    MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
    Underflow, FloatOperation, Context, DefaultContext, BasicContext, ExtendedContext, getcontext, setcontext,
    localcontext,
)
from collections import namedtuple as _namedtuple
from _decimal_format import format_decimal as _format_decimal

__traceback_hidden__ = True

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_HASH_MODULUS = 2 ** 61 - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _new(cls, sign, coefficient, exp):
    d = object.__new__(cls)
    d._sign = sign
    d._int = coefficient
    d._exp = exp
    return d


def _digits(n):
    return len(str(n))


def _round_int(sign, coefficient, drop, rounding):
    """The coefficient with its last `drop` digits rounded away, and whether that changed the value."""
    if drop <= 0:
        return coefficient, False
    q, r = divmod(coefficient, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


def _parse(cls, text, context):
    s = text.strip().replace('_', '') if '_' not in text.strip()[:1] + text.strip()[-1:] else None
    if s:
        sign = 0
        if s[0] in '+-':
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower()
        if low in ('inf', 'infinity'):
            return _new(cls, sign, 0, 'F')
        for prefix, kind in (('nan', 'n'), ('snan', 'N')):
            if low.startswith(prefix) and (low[len(prefix):].isdigit() or low == prefix) and low.isascii():
                payload = int(low[len(prefix):] or '0')
                return _new(cls, sign, payload, kind)
        mantissa, exp = low, 0
        if 'e' in low:
            mantissa, _, exptext = low.partition('e')
            exp = int(exptext) if _is_signed_digits(exptext) else None
        if exp is not None:
            whole, dot, frac = mantissa.partition('.')
            if (whole + frac) and (whole + frac).isdigit() and (whole + frac).isascii():
                return _new(cls, sign, int(whole + frac), exp - len(frac))
    context._raise(ConversionSyntax)
    return _new(cls, 0, 0, 'n')


def _is_signed_digits(text):
    body = text[1:] if text[:1] in ('+', '-') else text
    return body.isdigit() and body.isascii()


def _convert(other, floats=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if floats and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


# Built-in types whose operators never accept a Decimal: an operation with one
# fails at once, naming the type 'decimal.Decimal' as CPython's C type does.
_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, type(None))


def _operand(other, symbol, reflected=False):
    converted = _convert(other)
    if converted is NotImplemented and type(other) in _FOREIGN:
        names = ("'%s' and 'decimal.Decimal'" if reflected else "'decimal.Decimal' and '%s'") % type(other).__name__
        raise TypeError('unsupported operand type(s) for %s: %s' % (symbol, names))
    return converted


class Decimal:
    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        if context is None:
            context = getcontext()
        if isinstance(value, str):
            return _parse(cls, value, context)
        if isinstance(value, int):
            return _new(cls, 1 if value < 0 else 0, abs(value), 0)
        if isinstance(value, Decimal):
            return _new(cls, value._sign, value._int, value._exp)
        if isinstance(value, float):
            context._raise(FloatOperation)
            return cls.from_float(value)
        if isinstance(value, (list, tuple)):
            return _from_tuple(cls, value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        import math
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        if math.isinf(f):
            return _new(cls, sign, 0, 'F')
        if math.isnan(f):
            return _new(cls, sign, 0, 'n')
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return _new(cls, sign, n * 5 ** k, -k)

    # -- classification ------------------------------------------------

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special()

    def is_zero(self):
        return not self._is_special() and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special() or self._int == 0:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._is_special() or self._int == 0:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def adjusted(self):
        if self._is_special():
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if not (self._exp == 'F' or self._int == 0 and
                                                                self.is_nan()) else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        import math
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return n // g, d // g

    # -- rounding to a context -----------------------------------------

    def _fix(self, context):
        if self._is_special():
            return self
        etiny, etop = context.Etiny(), context.Etop()
        if self._int == 0:
            top = context.Emax if not context.clamp else etop
            exp = min(max(self._exp, etiny), top)
            if exp != self._exp:
                context._raise(Clamped)
                return _new(Decimal, self._sign, 0, exp)
            return self
        digits = _digits(self._int)
        exp_min = digits + self._exp - context.prec
        if exp_min > etop:
            return self._overflow(context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            coefficient, inexact = _round_int(self._sign, self._int, exp_min - self._exp, context.rounding)
            exp = exp_min
            if _digits(coefficient) > context.prec:
                coefficient //= 10
                exp += 1
                if exp > etop:
                    return self._overflow(context)
            result = _new(Decimal, self._sign, coefficient, exp)
            if subnormal:
                context._raise(Subnormal)
            if inexact:
                if subnormal:
                    context._raise(Underflow)
                context._raise(Inexact)
            context._raise(Rounded)
            if coefficient == 0:
                context._raise(Clamped)
            return result
        if subnormal:
            context._raise(Subnormal)
        if context.clamp and self._exp > etop:
            context._raise(Clamped)
            return _new(Decimal, self._sign, self._int * 10 ** (self._exp - etop), etop)
        return self

    def _overflow(self, context):
        context._raise(Inexact)
        context._raise(Rounded)
        context._raise(Overflow)
        rounding = context.rounding
        if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (rounding == ROUND_CEILING and self._sign == 0) or (rounding == ROUND_FLOOR and self._sign == 1):
            return _new(Decimal, self._sign, 0, 'F')
        return _new(Decimal, self._sign, 10 ** context.prec - 1, context.Etop())

    def _rescale(self, exp, rounding):
        """The same value with exponent `exp`, rounding away digits with `rounding`."""
        if self._is_special():
            return self
        if exp <= self._exp:
            return _new(Decimal, self._sign, self._int * 10 ** (self._exp - exp), exp)
        coefficient, _ = _round_int(self._sign, self._int, exp - self._exp, rounding)
        return _new(Decimal, self._sign, coefficient, exp)

    def _nan_result(self, other, context):
        """The result of an operation on a NaN operand, or None when neither operand is a NaN."""
        for x in (self, other):
            if x is not None and x._exp == 'N':
                context._raise(InvalidOperation)
                return _new(Decimal, x._sign, x._int, 'n')
        for x in (self, other):
            if x is not None and x._exp == 'n':
                return x
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return _new(Decimal, 0, 0, 'n')

    # -- arithmetic ----------------------------------------------------

    def __add__(self, other, context=None):
        other = _operand(other, '+')
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._is_special() or other._is_special():
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and other._exp == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self if self._exp == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
        else:
            sign = 1 if total < 0 else 0
        return _new(Decimal, sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _operand(other, '+', True)
        return other if other is NotImplemented else other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _operand(other, '-')
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _operand(other, '-', True)
        return other if other is NotImplemented else other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(other, '*')
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if (self._exp == 'F' and other.is_zero()) or (other._exp == 'F' and self.is_zero()):
                return self._invalid(context)
            return _new(Decimal, sign, 0, 'F')
        return _new(Decimal, sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _operand(other, '*', True)
        return other if other is NotImplemented else other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _operand(other, '/')
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and other._exp == 'F':
                return self._invalid(context)
            if self._exp == 'F':
                return _new(Decimal, sign, 0, 'F')
            context._raise(Clamped)
            return _new(Decimal, sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return _new(Decimal, sign, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _new(Decimal, sign, 0, ideal)._fix(context)
        shift = _digits(other._int) - _digits(self._int) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(Decimal, sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _operand(other, '/', True)
        return other if other is NotImplemented else other.__truediv__(self, context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of two finite operands, the divisor not zero; None when impossible."""
        sign = self._sign ^ other._sign
        ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if self._int == 0 or expdiff <= -2:
            return _new(Decimal, sign, 0, 0), self._rescale(ideal, context.rounding)
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _new(Decimal, sign, q, 0), _new(Decimal, self._sign, r, ideal)
        return None

    def _divmod_checked(self, other, context, op):
        """(quotient, remainder) for //, % and divmod, with their special cases and signals."""
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                nan = self._invalid(context)
                return nan, nan
            return _new(Decimal, sign, 0, 'F'), self._invalid(context) if op != '//' else None
        if other._exp == 'F':
            return _new(Decimal, sign, 0, 0), self._fix(context)
        if other._int == 0:
            if self._int == 0:
                nan = self._invalid(context, DivisionUndefined)
                return nan, nan
            if op == '%':
                nan = self._invalid(context)
                return nan, nan
            if op == 'divmod':
                context._raise(InvalidOperation, DivisionByZero)
                return _new(Decimal, sign, 0, 'F'), _new(Decimal, 0, 0, 'n')
            context._raise(DivisionByZero)
            return _new(Decimal, sign, 0, 'F'), None
        pair = self._divide(other, context)
        if pair is None:
            nan = self._invalid(context, DivisionImpossible)
            return nan, nan
        return pair[0], pair[1]._fix(context)

    def __floordiv__(self, other, context=None):
        other = _operand(other, '//')
        if other is NotImplemented:
            return other
        return self._divmod_checked(other, context or getcontext(), '//')[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, '//', True)
        return other if other is NotImplemented else other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(other, '%')
        if other is NotImplemented:
            return other
        return self._divmod_checked(other, context or getcontext(), '%')[1]

    def __rmod__(self, other, context=None):
        other = _operand(other, '%', True)
        return other if other is NotImplemented else other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other, 'divmod()')
        if other is NotImplemented:
            return other
        return self._divmod_checked(other, context or getcontext(), 'divmod')

    def __rdivmod__(self, other, context=None):
        other = _operand(other, 'divmod()', True)
        return other if other is NotImplemented else other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        context = context or getcontext()
        other = _convert(other)
        q, r = self._divmod_checked(other, context, 'divmod')
        if r.is_nan() or r._exp == 'F' or r._int == 0:
            return r
        twice = _new(Decimal, 0, r._int * 2, r._exp)
        if twice.compare_total_abs(other) > 0 or (twice == abs(other) and q._int % 2 == 1):
            r = r - other.copy_sign(r)
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other, '** or pow()')
        if other is NotImplemented:
            return other
        if modulo is not None:
            return self._modular_pow(other, _convert(modulo), context or getcontext())
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._exp == 'F' or other._exp < 0 and other._int % 10 ** -other._exp:
            raise NotImplementedError('Decimal powers with a non-integral exponent are not supported')
        n = int(other)
        sign = self._sign if n % 2 else 0
        if self._exp == 'F':
            if n == 0:
                return Decimal(1)
            return _new(Decimal, sign, 0, 'F') if n > 0 else _new(Decimal, sign, 0, 0)
        if self._int == 0:
            if n == 0:
                return self._invalid(context)
            return _new(Decimal, sign, 0, 0) if n > 0 else _new(Decimal, sign, 0, 'F')
        if n == 0:
            return _new(Decimal, 0, 1, 0)._fix(context)
        work = context.copy()
        work.prec = context.prec + 10 + _digits(abs(n))
        work.traps = context.traps
        result = self._power_int(abs(n), work, context)
        if n < 0:
            result = _new(Decimal, 0, 1, 0).__truediv__(result, work)
        return result._fix(context)

    def _power_int(self, n, work, context):
        coefficient = self._int
        if n * _digits(coefficient) <= 4 * work.prec + 50:
            return _new(Decimal, self._sign if n % 2 else 0, coefficient ** n, self._exp * n)
        result = _new(Decimal, 0, 1, 0)
        base = _new(Decimal, self._sign, self._int, self._exp)
        while n:
            if n & 1:
                result = result.__mul__(base, work)
            n >>= 1
            if n:
                base = base.__mul__(base, work)
        return result

    def _modular_pow(self, other, modulo, context):
        if modulo is NotImplemented:
            return NotImplemented
        if not all(x.is_finite() and x == x.to_integral_value() for x in (self, other, modulo)):
            return self._invalid(context)
        if other._sign or modulo._int == 0:
            return self._invalid(context)
        base, exponent, m = int(self), int(other), int(modulo)
        sign = 1 if base < 0 and exponent % 2 else 0
        return _new(Decimal, sign, pow(abs(base), exponent, abs(m)), 0)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other, '** or pow()', True)
        return other if other is NotImplemented else other.__pow__(self, modulo, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._is_special():
            nan = self._nan_result(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(context)
            return self
        if self._int == 0:
            return _new(Decimal, self._sign, 0, self._exp // 2)._fix(context)
        if self._sign:
            return self._invalid(context)
        precision = context.prec + 1
        coefficient, exp = self._int, self._exp
        if exp % 2:
            coefficient *= 10
            exp -= 1
        k = precision - (_digits(coefficient) + 1) // 2
        if k >= 0:
            n, exact = coefficient * 100 ** k, True
        else:
            n, rest = divmod(coefficient, 100 ** -k)
            exact = rest == 0
        import math
        root = math.isqrt(n)
        exact = exact and root * root == n
        result_exp = exp // 2 - k
        if exact:
            ideal = self._exp // 2
            while result_exp < ideal and root % 10 == 0:
                root //= 10
                result_exp += 1
        elif root % 5 == 0:
            root += 1
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        result = _new(Decimal, 0, root, result_exp)._fix(work)
        for signal in (Inexact, Rounded):
            if work.flags[signal]:
                context._raise(signal)
        return result

    # -- unary operations and conversions ------------------------------

    def __neg__(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        sign = 0 if self.is_zero() and context.rounding != ROUND_FLOOR else 1 - self._sign
        return _new(Decimal, sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        sign = 0 if self.is_zero() and context.rounding != ROUND_FLOOR else self._sign
        return _new(Decimal, sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        result = _new(Decimal, 0, self._int, self._exp)
        return result._fix(context) if round else result

    def copy_abs(self):
        return _new(Decimal, 0, self._int, self._exp)

    def copy_negate(self):
        return _new(Decimal, 1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _new(Decimal, other._sign, self._int, self._exp)

    def __bool__(self):
        return self._is_special() or self._int != 0

    def __int__(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        n = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._exp == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._exp == 'n':
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR)) if self.is_finite() else int(self)

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING)) if self.is_finite() else int(self)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(Decimal, 0, 1, -n))
        if self.is_nan():
            raise ValueError('cannot round a NaN')
        if self._exp == 'F':
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def quantize(self, exp, rounding=None, context=None):
        context = context or getcontext()
        exp = _convert(exp)
        if exp is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(exp).__name__)
        if self._is_special() or exp._is_special():
            nan = self._nan_result(exp, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return Decimal(self)
            return self._invalid(context)
        target = exp._exp
        if not context.Etiny() <= target <= context.Emax:
            return self._invalid(context)
        if self._int == 0:
            return _new(Decimal, self._sign, 0, target)._fix(context)
        if self.adjusted() > context.Emax or self.adjusted() - target + 1 > context.prec:
            return self._invalid(context)
        result = self._rescale(target, rounding or context.rounding)
        if result.adjusted() > context.Emax or _digits(result._int) > context.prec:
            return self._invalid(context)
        if result._exp > self._exp:
            if result != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special():
            nan = self._nan_result(None, context)
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if self.is_finite() and self._exp < 0:
            if result != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def normalize(self, context=None):
        context = context or getcontext()
        if self._is_special():
            nan = self._nan_result(None, context)
            return nan if nan is not None else Decimal(self)
        result = self._fix(context)
        if result._exp == 'F' or result._int == 0:
            return _new(Decimal, result._sign, 0, 0) if result._exp != 'F' else result
        coefficient, exp = result._int, result._exp
        top = context.Emax if not context.clamp else context.Etop()
        while coefficient % 10 == 0 and exp < top:
            coefficient //= 10
            exp += 1
        return _new(Decimal, result._sign, coefficient, exp)

    def scaleb(self, other, context=None):
        context = context or getcontext()
        other = _convert(other)
        if self._is_special():
            return self
        return _new(Decimal, self._sign, self._int, self._exp + int(other))._fix(context)

    # -- comparison and hashing ----------------------------------------

    def _compare(self, other):
        """-1, 0 or 1 for two operands that are not NaNs."""
        if self._exp == 'F' or other._exp == 'F':
            a = (-1 if self._sign else 1) if self._exp == 'F' else 0
            b = (-1 if other._sign else 1) if other._exp == 'F' else 0
            return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _ordered(self, other, op):
        other = _convert(other, True) if not isinstance(other, float) else _float_operand(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            context = getcontext()
            context._raise(InvalidOperation)
            return None
        return self._compare(other)

    def __eq__(self, other):
        other = _convert(other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._compare(other) == 0

    def __lt__(self, other):
        c = self._ordered(other, '<')
        return c if c is NotImplemented else c is not None and c < 0

    def __le__(self, other):
        c = self._ordered(other, '<=')
        return c if c is NotImplemented else c is not None and c <= 0

    def __gt__(self, other):
        c = self._ordered(other, '>')
        return c if c is NotImplemented else c is not None and c > 0

    def __ge__(self, other):
        c = self._ordered(other, '>=')
        return c if c is NotImplemented else c is not None and c >= 0

    def compare(self, other, context=None):
        context = context or getcontext()
        other = _convert(other)
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare(other))

    def compare_total_abs(self, other):
        return self.copy_abs()._compare(other.copy_abs())

    def max(self, other, context=None):
        other = _convert(other)
        if self.is_nan():
            return other
        if other.is_nan():
            return self
        return (self if self._compare(other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other)
        if self.is_nan():
            return other
        if other.is_nan():
            return self
        return (self if self._compare(other) <= 0 else other)._fix(context or getcontext())

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- text ----------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self.is_nan():
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            text = '0.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            text = digits + '0' * (dotplace - len(digits))
        else:
            text = digits[:dotplace] + '.' + digits[dotplace:]
        if leftdigits != dotplace:
            capitals = (context or getcontext()).capitals
            text += ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + text

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        return _format_decimal(self, spec, getcontext())

    # -- the rest of the protocol --------------------------------------

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        context = context or getcontext()
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def radix(self):
        return Decimal(10)


def _float_operand(f):
    context = getcontext()
    context._raise(FloatOperation)
    return Decimal.from_float(f)


def _from_tuple(cls, value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _new(cls, sign, 0, 'F')
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coefficient = int(''.join(map(str, digits)) or '0')
    if exp in ('n', 'N'):
        return _new(cls, sign, coefficient, exp)
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _new(cls, sign, coefficient, exp)


import numbers as _numbers
_numbers.Number.register(Decimal)
