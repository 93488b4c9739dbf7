"""weakref.proxy: an object that stands for another without keeping it alive.

CPython writes ProxyType and CallableProxyType in C (Objects/weakrefobject.c);
here they are classes whose every attribute access, operator and protocol
method goes to the referent, found through a weak reference (_ProxyRef) that
also holds the proxy, so that getweakrefs() can give the proxy back and the
callback receives it. Once the referent is gone, using the proxy raises
ReferenceError.
"""

from _weakref import ref, getweakrefs
import operator

__all__ = ['ProxyType', 'CallableProxyType', 'proxy']

_DEAD = "weakly-referenced object no longer exists"


class _ProxyRef(ref):
    # A proxy's weak reference: the proxy, and the callback it was made with.
    __slots__ = ('_proxy', '_callback')


def _call_back(wr):
    # The referent is gone: the callback receives the proxy, as in CPython.
    wr._callback(wr._proxy)


def _referent(p):
    o = object.__getattribute__(p, '_proxy_ref')()
    if o is None:
        raise ReferenceError(_DEAD)
    return o


def _unwrap(v):
    # Operands that are proxies stand for their referents.
    return _referent(v) if isinstance(v, ProxyType) else v


def _binary(op):
    def forward(self, other):
        return op(_referent(self), _unwrap(other))
    def reflected(self, other):
        return op(_unwrap(other), _referent(self))
    return forward, reflected


def _unary(op):
    def forward(self):
        return op(_referent(self))
    return forward


class ProxyType:
    __slots__ = ('_proxy_ref',)
    __module__ = 'weakref'

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_proxy_ref')()
        if o is None:
            return f"<weakproxy at {id(self):#x}; dead>"
        return f"<weakproxy at {id(self):#x}; to {_type_name(type(o))!r} at {id(o):#x}>"

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        o = _referent(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError(f"Weakref proxy referenced a non-iterator '{type(o).__name__}' object")
        return next(o)

    def __reversed__(self):
        return reversed(_referent(self))

    def __index__(self):
        return operator.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)

    __add__, __radd__ = _binary(operator.add)
    __sub__, __rsub__ = _binary(operator.sub)
    __mul__, __rmul__ = _binary(operator.mul)
    __matmul__, __rmatmul__ = _binary(operator.matmul)
    __truediv__, __rtruediv__ = _binary(operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(operator.floordiv)
    __mod__, __rmod__ = _binary(operator.mod)
    __divmod__, __rdivmod__ = _binary(divmod)
    __lshift__, __rlshift__ = _binary(operator.lshift)
    __rshift__, __rrshift__ = _binary(operator.rshift)
    __and__, __rand__ = _binary(operator.and_)
    __or__, __ror__ = _binary(operator.or_)
    __xor__, __rxor__ = _binary(operator.xor)
    __iadd__ = _binary(operator.iadd)[0]
    __isub__ = _binary(operator.isub)[0]
    __imul__ = _binary(operator.imul)[0]
    __imatmul__ = _binary(operator.imatmul)[0]
    __itruediv__ = _binary(operator.itruediv)[0]
    __ifloordiv__ = _binary(operator.ifloordiv)[0]
    __imod__ = _binary(operator.imod)[0]
    __ilshift__ = _binary(operator.ilshift)[0]
    __irshift__ = _binary(operator.irshift)[0]
    __iand__ = _binary(operator.iand)[0]
    __ior__ = _binary(operator.ior)[0]
    __ixor__ = _binary(operator.ixor)[0]
    __neg__ = _unary(operator.neg)
    __pos__ = _unary(operator.pos)
    __abs__ = _unary(abs)
    __invert__ = _unary(operator.invert)

    def __pow__(self, other, mod=None):
        return pow(_referent(self), _unwrap(other), mod)

    def __rpow__(self, other, mod=None):
        return pow(_unwrap(other), _referent(self), mod)

    def __ipow__(self, other):
        o = _referent(self)
        o **= _unwrap(other)
        return o


class CallableProxyType(ProxyType):
    __slots__ = ()
    __module__ = 'weakref'

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


def _type_name(t):
    module = t.__module__
    return t.__qualname__ if module in ('builtins', '__main__') else f"{module}.{t.__qualname__}"


def proxy(object, callback=None, /):
    """A proxy to object that holds it weakly; callback(proxy) runs when it goes."""
    if callback is None:
        # A proxy without a callback is shared, as CPython shares it.
        for wr in getweakrefs(object):
            if type(wr) is _ProxyRef and wr._callback is None:
                return wr._proxy
    cls = CallableProxyType if callable(object) else ProxyType
    p = _new(cls)
    wr = _ProxyRef(object, None if callback is None else _call_back)
    wr._proxy = p
    wr._callback = callback
    _setattr(p, '_proxy_ref', wr)
    return p


_new = object.__new__
_setattr = object.__setattr__
