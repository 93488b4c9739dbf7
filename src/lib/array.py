"""Arrays of numbers of one C type: the array module.

An array keeps its typecode and its items as a list of Python ints or
floats, each already checked against the C type's range (and, for 'f',
rounded to single precision), so reads need no conversion. Bytes are made
with struct, in native byte order and sizes, only when asked for
(tobytes, frombytes, bytes(), memoryview).

A memoryview of an array sees a copy of its bytes taken when the view is
made: writes through the view do not reach the array. The messages of the
range checks reproduce CPython's, which come from the C converter each
typecode goes through (so 'b' complains about a short before a char).
"""

import struct as _struct

__traceback_hidden__ = True

typecodes = 'bBuwhHiIlLqQfd'

_SUPPORTED = 'bBhHiIlLqQfd'
_LONG = 1 << 63
_ULONG = 1 << 64
_SHORT = 1 << 15
_INT = 1 << 31
_LONG_MSG = 'Python int too large to convert to C long'
_ULONG_MSG = 'Python int too large to convert to C unsigned long'


def _bounded(v, lo, hi, what):
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')
    if v < lo:
        raise OverflowError(what + ' is less than minimum')


def _c_long(v):
    if v >= _LONG or v < -_LONG:
        raise OverflowError(_LONG_MSG)


def _check_b(v):
    _c_long(v)
    _bounded(v, -_SHORT, _SHORT - 1, 'signed short integer')
    _bounded(v, -128, 127, 'signed char')


def _check_B(v):
    _c_long(v)
    _bounded(v, 0, 255, 'unsigned byte integer')


def _check_h(v):
    _c_long(v)
    _bounded(v, -_SHORT, _SHORT - 1, 'signed short integer')


def _check_H(v):
    _c_long(v)
    _bounded(v, -_INT, _INT - 1, 'signed integer')
    _bounded(v, 0, 65535, 'unsigned short')


def _check_i(v):
    _c_long(v)
    _bounded(v, -_INT, _INT - 1, 'signed integer')


def _check_I(v):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= _ULONG:
        raise OverflowError(_ULONG_MSG)
    if v >= 1 << 32:
        raise OverflowError('unsigned int is greater than maximum')


def _check_L(v):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= _ULONG:
        raise OverflowError(_ULONG_MSG)


def _check_q(v):
    if v >= _LONG or v < -_LONG:
        raise OverflowError('int too big to convert')


def _check_Q(v):
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= _ULONG:
        raise OverflowError('int too big to convert')


_INT_CHECKS = {'b': _check_b, 'B': _check_B, 'h': _check_h, 'H': _check_H, 'i': _check_i,
               'I': _check_I, 'l': _c_long, 'L': _check_L, 'q': _check_q, 'Q': _check_Q}


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _as_float(v):
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(v)
    raise TypeError('must be real number, not %s' % t.__name__)


def _converter(typecode):
    """The function that checks one value for typecode and gives the item to store."""
    if typecode == 'd':
        return _as_float
    if typecode == 'f':
        single = _struct.Struct('f')
        return lambda v: single.unpack(single.pack(_as_float(v)))[0]
    check = _INT_CHECKS[typecode]

    def convert(v):
        v = _as_int(v)
        check(v)
        return v
    return convert


_CONVERTERS = {code: _converter(code) for code in _SUPPORTED}


def _index_arg(i):
    return _as_int(i)


def _clamped(i, n):
    """A start or stop index as slicing reads it: from the end when negative, kept within 0..n."""
    if i < 0:
        i += n
    return 0 if i < 0 else n if i > n else i


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a bytes
or bytearray object, a Unicode string, or iterable over elements
of the appropriate type.
"""
    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, *args, **kw):
        if kw:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _SUPPORTED:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if len(args) == 2:
            self._initialize(args[1])
        return self

    def _initialize(self, init):
        if isinstance(init, str):
            raise TypeError('cannot use a str to initialize an array with typecode %r' % self._typecode)
        if isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, array):
            convert = _CONVERTERS[self._typecode]
            self._items = [convert(v) for v in init._items]
        else:
            self.extend(init)

    def _new(self, items):
        other = object.__new__(type(self) if type(self) is array else array)
        other._typecode = self._typecode
        other._items = items
        return other

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _struct.calcsize(self._typecode)

    # ----- conversions to and from bytes and lists

    def _struct(self, count):
        return _struct.Struct('@%d%s' % (count, self._typecode))

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return self._struct(len(self._items)).pack(*self._items)

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, interpreting it as an array of machine values."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(buffer))
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(self._struct(len(data) // size).unpack(data))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        convert = _CONVERTERS[self._typecode]
        self._items.extend([convert(v) for v in list])

    def __buffer__(self, flags, /):
        return memoryview(bytearray(self.tobytes())).cast(self._typecode)

    def __release_buffer__(self, view, /):
        view.release()

    def buffer_info(self):
        """Return a tuple (address, length) giving an identifier of the array and its length in items."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = list(self._struct(len(self._items)).unpack(swapped))

    # ----- the list-like methods

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_CONVERTERS[self._typecode](v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        convert = _CONVERTERS[self._typecode]
        for v in bb:
            self._items.append(convert(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index_arg(i)
        self._items.insert(i, _CONVERTERS[self._typecode](v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        i = _index_arg(i)
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for k, item in enumerate(self._items):
            if item == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array."""
        start = _clamped(_index_arg(start), len(self._items))
        stop = _clamped(_index_arg(stop), len(self._items))
        for k in range(start, stop):
            if k < len(self._items) and self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return any(item == v for item in self._items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._new(self._items[key])
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index_arg(key)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self._assign_slice(key, value)
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index_arg(key)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array assignment index out of range')
        self._items[i] = _CONVERTERS[self._typecode](value)

    def _assign_slice(self, key, value):
        if not isinstance(value, array):
            raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
        if value._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        start, stop, step = key.indices(len(self._items))
        if step != 1:
            size = len(range(start, stop, step))
            if len(value._items) != size:
                raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                 % (len(value._items), size))
        self._items[key] = list(value._items)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index_arg(key)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array assignment index out of range')
        del self._items[i]

    # ----- operators

    def _same_kind(self, other, verb):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (verb, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        self._same_kind(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * _index_arg(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= _index_arg(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo, /):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol, /):
        return (type(self), (self._typecode, list(self._items)), getattr(self, '__dict__', None))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._typecode
        return 'array(%r, %r)' % (self._typecode, self._items)


ArrayType = array
