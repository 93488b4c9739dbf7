"""Packing values into bytes and back by format strings: pack, unpack,
pack_into, unpack_from, iter_unpack, calcsize and Struct, as CPython's
struct module does.

A format is an optional byte order ('@' native with alignment, '=' native
without, '<' little, '>' and '!' big) then codes with optional counts:
x pad, c char, b/B, ?, h/H, i/I, l/L, q/Q, n/N, P (native only), f, d,
s and p strings. Floats go through _struct (the host's IEEE conversions).

CPython writes this module in C, so its frames stay out of tracebacks.
Difference from CPython: the half-precision 'e' code is missing.
"""

import _struct

__traceback_hidden__ = True

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (standard size, native size and alignment), for this 64-bit host.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8),
    'q': (8, 8), 'Q': (8, 8), 'n': (None, 8), 'N': (None, 8), 'P': (None, 8),
    'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQNP')


def _parse(fmt):
    """(little_endian, native, [(code, count, offset)], size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order = fmt[:1]
    if order in ('@', '=', '<', '>', '!'):
        fmt = fmt[1:]
    else:
        order = '@'
    native = order == '@'
    little = order in ('@', '=', '<')
    items = []
    size = 0
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[0] is None):
            raise error("bad char in struct format")
        item_size = sizes[1] if native else sizes[0]
        if native and c not in 'xcbB?sp':
            size = (size + item_size - 1) // item_size * item_size
        if count is None:
            count = 1
        items.append((c, count, size))
        size += item_size * count
    return little, native, items, size


def calcsize(format):
    """The number of bytes the format packs into."""
    return _parse(format)[3]


def _int_arg(value, code):
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise error("required argument is not an integer") from None
    return value


def _pack_int(value, code, size, little):
    value = _int_arg(value, code)
    if code in _SIGNED:
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
    else:
        lo, hi = 0, (1 << (size * 8)) - 1
    if not lo <= value <= hi:
        raise error(f"'{code}' format requires {lo} <= number <= {hi}")
    return value.to_bytes(size, 'little' if little else 'big', signed=code in _SIGNED)


def _pack_float(value, code, size, little, native):
    if not isinstance(value, float):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise error("required argument is not a float") from None
    data = _struct.pack_float(value, size, little)
    if data is None:
        if not native:
            raise OverflowError("float too large to pack with f format")
        data = _struct.pack_float(float('inf') if value > 0 else float('-inf'), size, little)
    return data


def pack(format, /, *values):
    """The values packed into bytes by the format."""
    little, native, items, size = _parse(format)
    expected = sum(1 if c in 'sp' else count for c, count, _ in items if c != 'x')
    if len(values) != expected:
        raise error(f"pack expected {expected} items for packing (got {len(values)})")
    out = bytearray(size)
    k = 0
    for code, count, offset in items:
        item_size = _SIZES[code][1] if native else _SIZES[code][0]
        if code == 'x':
            continue
        if code in 'sp':
            data = values[k]
            k += 1
            if not isinstance(data, (bytes, bytearray)):
                raise error(f"argument for '{code}' must be a bytes object")
            if code == 's':
                chunk = bytes(data[:count])
            else:
                chunk = bytes(data[:max(count - 1, 0)])
                if count:
                    chunk = bytes([min(len(chunk), 255)]) + chunk
            out[offset:offset + len(chunk)] = chunk
            continue
        for r in range(count):
            value = values[k]
            k += 1
            at = offset + r * item_size
            if code == 'c':
                if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                chunk = bytes(value)
            elif code == '?':
                chunk = b'\x01' if value else b'\x00'
            elif code in 'fd':
                chunk = _pack_float(value, code, item_size, little, native)
            else:
                chunk = _pack_int(value, code, item_size, little)
            out[at:at + item_size] = chunk
    return bytes(out)


def _buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return bytes(buffer)
    raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")


def _unpack_items(little, native, items, data):
    result = []
    for code, count, offset in items:
        item_size = _SIZES[code][1] if native else _SIZES[code][0]
        if code == 'x':
            continue
        if code == 's':
            result.append(data[offset:offset + count])
            continue
        if code == 'p':
            n = data[offset] if count else 0
            result.append(data[offset + 1:offset + 1 + min(n, count - 1)])
            continue
        for r in range(count):
            at = offset + r * item_size
            chunk = data[at:at + item_size]
            if code == 'c':
                result.append(chunk)
            elif code == '?':
                result.append(chunk != b'\x00')
            elif code in 'fd':
                result.append(_struct.unpack_float(chunk, little))
            else:
                result.append(int.from_bytes(chunk, 'little' if little else 'big',
                                             signed=code in _SIGNED))
    return tuple(result)


def unpack(format, buffer, /):
    """The values the buffer holds, which must be exactly calcsize(format) long."""
    little, native, items, size = _parse(format)
    data = _buffer(buffer)
    if len(data) != size:
        raise error(f"unpack requires a buffer of {size} bytes")
    return _unpack_items(little, native, items, data)


def unpack_from(format, /, buffer, offset=0):
    """The values at `offset` in the buffer."""
    little, native, items, size = _parse(format)
    data = _buffer(buffer)
    if offset < 0:
        if offset + len(data) < 0:
            raise error(f"offset {offset} out of range for {len(data)}-byte buffer")
        offset += len(data)
    if len(data) - offset < size:
        raise error(f"unpack_from requires a buffer of at least {size + offset} bytes "
                    f"for unpacking {size} bytes at offset {offset} "
                    f"(actual buffer size is {len(data)})")
    return _unpack_items(little, native, items, data[offset:offset + size])


def pack_into(format, buffer, offset, /, *values):
    """Packs the values into a writable buffer (a bytearray) at offset."""
    data = pack(format, *values)
    if not isinstance(buffer, bytearray):
        raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error(f"pack_into requires a buffer of at least {len(data) + offset} bytes "
                    f"for packing {len(data)} bytes at offset {offset} "
                    f"(actual buffer size is {len(buffer)})")
    buffer[offset:offset + len(data)] = data


def iter_unpack(format, buffer, /):
    """Unpacks successive chunks of calcsize(format) bytes."""
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    data = _buffer(buffer)
    if len(data) % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    return (unpack(format, data[k:k + size]) for k in range(0, len(data), size))


class Struct:
    """A compiled format: pack, unpack, pack_into, unpack_from, iter_unpack."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        self._parsed = _parse(format)
        self.format = format
        self.size = self._parsed[3]

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return f"Struct({self.format!r})"
