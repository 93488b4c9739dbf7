"""Mathematical functions for complex numbers, on top of math.

The formulas are the ones CPython's cmathmodule.c uses (after Kahan,
"Branch cuts for complex elementary functions"), so results agree with
CPython to the last digit for ordinary inputs and branch cuts keep the sign
of a zero imaginary part. Arguments very near the overflow threshold take
the scaled paths CPython takes. Infinite and NaN inputs follow IEEE
arithmetic through the same formulas rather than CPython's tables of
special values, so a few of those corner cases may differ.
"""

import math as _m

__traceback_hidden__ = True

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LOG_LARGE = _m.log(_DBL_MAX) - _LN2


def _complex(z):
    """z as a complex, the way CPython's "D" argument converter takes it."""
    if type(z) is complex:
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    t = type(z)
    if hasattr(t, '__complex__'):
        c = t.__complex__(z)
        if not isinstance(c, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(c).__name__)
        return c
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(z)
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    raise TypeError('must be real number, not %s' % t.__name__)


def _real(x):
    if isinstance(x, (int, float)):
        return float(x)
    t = type(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % t.__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _range_checked(z, r):
    """r, or OverflowError when finite input z gave an infinite result."""
    if _finite(z) and (_m.isinf(r.real) or _m.isinf(r.imag)):
        raise OverflowError('math range error')
    return r


def phase(z, /):
    z = _complex(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    z = _complex(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError('math range error')
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    r = _real(r)
    phi = _real(phi)
    if _m.isinf(phi) and not _m.isnan(r) and r != 0.0:
        raise ValueError('math domain error')
    if _m.isinf(r) and _m.isfinite(phi):
        if phi == 0.0:
            return complex(r, phi * r)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z, /):
    z = _complex(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if _m.isinf(y):
        return complex(inf, y)
    if _m.isinf(x):
        if x > 0:
            return complex(x, _m.copysign(0.0, y) if not _m.isnan(y) else y)
        return complex(abs(y) if _m.isnan(y) else 0.0, _m.copysign(inf, y))
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z, /):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        return _exp_special(x, y)
    if x > _LOG_LARGE:
        big = _m.exp(x - 1.0)
        r = complex(big * _m.cos(y) * e, big * _m.sin(y) * e)
    else:
        big = _m.exp(x)
        r = complex(big * _m.cos(y), big * _m.sin(y))
    return _range_checked(z, r)


def _exp_special(x, y):
    """exp at an infinite or NaN argument, as C99 Annex G defines it."""
    if _m.isinf(x) and _m.isfinite(y):
        if x < 0:
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if y == 0.0:
            return complex(x, y)
        return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
    if _m.isnan(x):
        return complex(nan, y if y == 0.0 else nan)
    if _m.isinf(x) and x < 0:
        return complex(0.0, 0.0)
    if _m.isinf(x):
        if _m.isinf(y):
            raise ValueError('math domain error')
        return complex(x, nan)
    if _m.isinf(y):
        raise ValueError('math domain error')
    return complex(nan, nan)


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if _m.isinf(x) or _m.isinf(y):
        return complex(inf, _m.atan2(y, x))
    if _m.isnan(x) or _m.isnan(y):
        return complex(nan, nan)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError('math domain error')
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            real = _m.log1p((big - 1) * (big + 1) + small * small) / 2
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None, /):
    z = _log(_complex(z))
    if base is None:
        return z
    b = _log(_complex(base))
    try:
        return z / b
    except ZeroDivisionError:
        raise ValueError('math domain error') from None


def log10(z, /):
    r = _log(_complex(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def _sinh(z):
    x, y = z.real, z.imag
    if x == 0.0 and _m.isnan(y):
        return complex(0.0, y)
    if y == 0.0:
        r = complex(_m.sinh(x), y)
    elif abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    return _range_checked(z, r)


def _cosh(z):
    x, y = z.real, z.imag
    if x == 0.0 and _m.isnan(y):
        return complex(nan, 0.0)
    if y == 0.0:
        r = complex(_m.cosh(x), y * x if _m.isfinite(x) else _m.copysign(0.0, y) * _m.copysign(1.0, x))
    elif abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    return _range_checked(z, r)


def _tanh(z):
    x, y = z.real, z.imag
    if _m.isinf(x) and _m.isfinite(y):
        return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
    if _m.isinf(x):
        return complex(_m.copysign(1.0, x), _m.copysign(0.0, y))
    if _m.isnan(x) and y == 0.0:
        return complex(x, y)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    if _m.isinf(y):
        raise ValueError('math domain error')
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z, /):
    return _sinh(_complex(z))


def cosh(z, /):
    return _cosh(_complex(z))


def tanh(z, /):
    return _tanh(_complex(z))


def _rotated(f, z):
    """-i * f(i * z): how sin, tan, asin and atan come from their hyperbolic kin."""
    s = f(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def sin(z, /):
    return _rotated(_sinh, _complex(z))


def cos(z, /):
    z = _complex(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z, /):
    return _rotated(_tanh, _complex(z))


def _asinh(z):
    x, y = z.real, z.imag
    if _m.isnan(x) and y == 0.0:
        return z
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        real = _m.copysign(big, x) if y >= 0 else -_m.copysign(big, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0.0:
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if _m.isinf(x) or _m.isinf(y):
        return complex(_m.copysign(0.0, x), _m.copysign(pi / 2.0, y))
    if x == 0.0 and _m.isnan(y):
        return complex(x, y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0)


def asinh(z, /):
    return _asinh(_complex(z))


def atanh(z, /):
    return _atanh(_complex(z))


def asin(z, /):
    return _rotated(_asinh, _complex(z))


def atan(z, /):
    return _rotated(_atanh, _complex(z))


def acos(z, /):
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        imag = -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y)
        return complex(_m.atan2(abs(y), x), imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def isfinite(z, /):
    return _finite(_complex(z))


def isnan(z, /):
    z = _complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(z, /):
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _complex(a)
    b = _complex(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
