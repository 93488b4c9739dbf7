"""The built-in memoryview type: a view of the bytes of another object,
without copying them. Builtins loads this module the first time a program
names memoryview.

A view is one-dimensional: `_len` items of `_itemsize` bytes each, the
first at byte `_start` of `_buf` (a bytes or bytearray) and the next one
`_stride` bytes further (negative for a reversed slice). Slicing makes a new
view of the same buffer with other numbers, so writes through any view of a
bytearray change the bytearray itself. Items of formats other than 'B' are
packed and unpacked with struct.

A view of a bytearray counts itself among the bytearray's exports (through
_buffer) until it is released, so that the bytearray cannot change size
under it; __del__ releases a view nobody holds any more.

An exporter other than bytes, bytearray and memoryview is any object whose
class has __buffer__ (PEP 688) returning a memoryview, as array.array does.
"""

import _buffer

__traceback_hidden__ = True

_FORMATS = frozenset('bBcbhHiIlLqQnNfd?P')
_RELEASED = 'operation forbidden on released memoryview object'
_MISSING = []


def _unpacker(fmt):
    import struct
    return struct.Struct('@' + fmt)


class memoryview:
    __slots__ = ('_obj', '_buf', '_start', '_stride', '_len', '_itemsize', '_format', '_readonly',
                 '_released', '_struct', '__weakref__')

    def __new__(cls, object=_MISSING, *rest, **kw):
        if rest or kw:
            raise TypeError('memoryview() takes at most 1 argument')
        if object is _MISSING:
            raise TypeError("memoryview() missing required argument 'object' (pos 1)")
        return cls._of(object)

    @classmethod
    def _of(cls, obj, what='memoryview: a bytes-like object'):
        if isinstance(obj, memoryview):
            obj._check()
            return obj._view(obj._start, obj._stride, obj._len, obj._format, obj._itemsize, obj._readonly)
        if isinstance(obj, (bytes, bytearray)):
            return _make(cls, obj, obj, 0, 1, len(obj), 'B', 1, isinstance(obj, bytes))
        exporter = getattr(type(obj), '__buffer__', None)
        if exporter is not None:
            inner = exporter(obj, 0)
            if isinstance(inner, memoryview):
                view = inner._view(inner._start, inner._stride, inner._len, inner._format, inner._itemsize,
                                   inner._readonly)
                view._obj = obj
                return view
        raise TypeError('%s is required, not %r' % (what, type(obj).__name__))

    def _view(self, start, stride, length, fmt, itemsize, readonly):
        return _make(memoryview, self._obj, self._buf, start, stride, length, fmt, itemsize, readonly)

    def _check(self):
        if self._released:
            raise ValueError(_RELEASED)

    # -- releasing -----------------------------------------------------

    def release(self):
        if not self._released:
            self._released = True
            _buffer.unexport(self._buf)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __del__(self):
        self.release()

    def __buffer__(self, flags):
        self._check()
        return self

    def __release_buffer__(self, view):
        pass

    # -- attributes ----------------------------------------------------

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return self._len * self._itemsize

    @property
    def readonly(self):
        self._check()
        return self._readonly

    @property
    def itemsize(self):
        self._check()
        return self._itemsize

    @property
    def format(self):
        self._check()
        return self._format

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (self._len,)

    @property
    def strides(self):
        self._check()
        return (self._stride,)

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._contiguous()

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    @property
    def released(self):
        return self._released

    def _contiguous(self):
        return self._len <= 1 or self._stride == self._itemsize

    def __len__(self):
        self._check()
        return self._len

    def __repr__(self):
        if self._released:
            return '<released memoryview at %#x>' % id(self)
        return '<memoryview at %#x>' % id(self)

    # -- reading -------------------------------------------------------

    def _item_bytes(self, k):
        at = self._start + k * self._stride
        return self._buf[at:at + self._itemsize]

    def _item(self, k):
        fmt = self._format
        if fmt == 'B':
            return self._buf[self._start + k * self._stride]
        if fmt == 'c':
            return bytes(self._item_bytes(k))
        if self._struct is None:
            self._struct = _unpacker(fmt)
        return self._struct.unpack(self._item_bytes(k))[0]

    def tobytes(self, order='C'):
        self._check()
        if order is not None and order not in ('C', 'F', 'A'):
            raise ValueError("order must be 'C', 'F' or 'A'")
        if self._len == 0:
            return b''
        start, stride, size = self._start, self._stride, self._itemsize
        if stride == size:
            return bytes(self._buf[start:start + self._len * size])
        if size == 1:
            stop = start + self._len * stride
            return bytes(self._buf[start:stop if stop >= 0 else None:stride])
        return b''.join([bytes(self._item_bytes(k)) for k in range(self._len)])

    def tolist(self):
        self._check()
        if self._format == 'B':
            return list(self.tobytes())
        return [self._item(k) for k in range(self._len)]

    def hex(self, *args, **kw):
        self._check()
        return self.tobytes().hex(*args, **kw)

    def toreadonly(self):
        self._check()
        return self._view(self._start, self._stride, self._len, self._format, self._itemsize, True)

    def __iter__(self):
        self._check()
        return iter(self.tolist())

    def __contains__(self, value):
        return value in self.tolist()

    def _index(self, key):
        try:
            k = key.__index__()
        except AttributeError:
            raise TypeError('memoryview: invalid slice key') from None
        if k < 0:
            k += self._len
        if not 0 <= k < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return k

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            count = len(range(start, stop, step))
            return self._view(self._start + start * self._stride, self._stride * step, count, self._format,
                              self._itemsize, self._readonly)
        if key is Ellipsis:
            return self._view(self._start, self._stride, self._len, self._format, self._itemsize,
                              self._readonly)
        return self._item(self._index(key))

    # -- writing -------------------------------------------------------

    def _packed(self, value):
        fmt = self._format
        if fmt == 'c':
            if not isinstance(value, bytes):
                raise TypeError("memoryview: invalid type for format 'c'")
            if len(value) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
            return value
        if fmt in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError('memoryview: invalid type for format %r' % fmt)
        elif fmt == '?':
            pass
        else:
            if not hasattr(value, '__index__'):
                raise TypeError('memoryview: invalid type for format %r' % fmt)
            value = value.__index__()
        if self._struct is None:
            self._struct = _unpacker(fmt)
        try:
            return self._struct.pack(value)
        except Exception:
            raise ValueError('memoryview: invalid value for format %r' % fmt) from None

    def _write(self, k, data):
        at = self._start + k * self._stride
        buf = self._buf
        for j in range(self._itemsize):
            buf[at + j] = data[j]

    def __setitem__(self, key, value):
        self._check()
        if self._readonly:
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            target = self[key]
            source = value if isinstance(value, memoryview) else memoryview._of(value, 'a bytes-like object')
            if source._format != target._format or source._len != target._len:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            data = source.tobytes()
            size = target._itemsize
            for k in range(target._len):
                target._write(k, data[k * size:(k + 1) * size])
            return
        k = self._index(key)
        if self._format == 'B':
            if not hasattr(value, '__index__'):
                raise TypeError("memoryview: invalid type for format 'B'")
            value = value.__index__()
            if not 0 <= value < 256:
                raise ValueError("memoryview: invalid value for format 'B'")
            self._buf[self._start + k * self._stride] = value
            return
        self._write(k, self._packed(value))

    def __delitem__(self, key):
        self._check()
        raise TypeError('cannot delete memory')

    # -- casts, comparison, hashing ------------------------------------

    def cast(self, format, shape=None):
        self._check()
        if not self._contiguous():
            raise TypeError('memoryview: casts are restricted to C-contiguous views')
        if not isinstance(format, str):
            raise TypeError('memoryview: format argument must be a string')
        fmt = format[1:] if format.startswith('@') else format
        if len(fmt) != 1 or fmt not in _FORMATS:
            raise ValueError("memoryview: destination format must be a native single character format "
                             "prefixed with an optional '@'")
        if self._format not in 'Bbc' and fmt not in 'Bbc':
            raise TypeError('memoryview: cannot cast between two non-byte formats')
        size = _unpacker(fmt).size
        nbytes = self._len * self._itemsize
        if nbytes % size:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        if shape is not None and list(shape) != [nbytes // size]:
            raise TypeError('memoryview: product(shape) * itemsize != buffer size')
        return self._view(self._start, size, nbytes // size, fmt, size, self._readonly)

    def __eq__(self, other):
        if self is other:
            return True
        if self._released:
            return False
        if isinstance(other, memoryview):
            if other._released:
                return False
            view = other
        else:
            try:
                view = memoryview._of(other)
            except TypeError:
                return NotImplemented
        if self._len != view._len:
            return False
        if self._format == view._format and self._format in 'Bbc':
            return self.tobytes() == view.tobytes()
        return self.tolist() == view.tolist()

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self):
        self._check()
        if not self._readonly:
            raise ValueError('cannot hash writable memoryview object')
        if self._format not in 'Bbc':
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'memoryview' object")


def _make(cls, obj, buf, start, stride, length, fmt, itemsize, readonly):
    view = object.__new__(cls)
    view._obj = obj
    view._buf = buf
    view._start = start
    view._stride = stride
    view._len = length
    view._format = fmt
    view._itemsize = itemsize
    view._readonly = readonly
    view._released = False
    view._struct = None
    _buffer.export(buf)
    return view


memoryview.__module__ = 'builtins'
