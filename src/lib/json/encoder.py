"""Python values to JSON text: JSONEncoder.

The encoder walks the value recursively and collects string chunks;
containers being encoded are remembered by id() so that a value containing
itself raises "Circular reference detected" instead of recursing forever.
The output is byte-for-byte what CPython produces for the same options.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _escape_char(ch, ensure_ascii):
    escaped = _ESCAPES.get(ch)
    if escaped is not None:
        return escaped
    code = ord(ch)
    if code < 0x20 or (ensure_ascii and code > 0x7E):
        if code > 0xFFFF:
            # Outside the BMP: a UTF-16 surrogate pair, as JSON requires.
            code -= 0x10000
            return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))
        return '\\u%04x' % code
    return ch


def encode_basestring(s, ensure_ascii=False):
    """The JSON string literal for s, quotes included."""
    return '"' + ''.join([_escape_char(ch, ensure_ascii) for ch in s]) + '"'


def encode_basestring_ascii(s):
    return encode_basestring(s, True)


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode o, returning the output as a list of string chunks."""
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Encoding(self, indent, chunks).value(o, 0)
        return chunks

    # -- scalars

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text


class _Encoding:
    """One encode() call: the options, the output and the circularity marks."""

    def __init__(self, encoder, indent, chunks):
        self.encoder = encoder
        self.indent = indent
        self.chunks = chunks
        self.markers = {} if encoder.check_circular else None

    def value(self, o, level):
        emit = self.chunks.append
        if isinstance(o, str):
            emit(encode_basestring(o, self.encoder.ensure_ascii))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(int.__repr__(o))
        elif isinstance(o, float):
            emit(self.encoder._float(o))
        elif isinstance(o, (list, tuple)):
            self.container(o, level, self.array)
        elif isinstance(o, dict):
            self.container(o, level, self.object)
        else:
            self.container(o, level, self.converted)

    def container(self, o, level, encode_body):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o
        encode_body(o, level)
        if self.markers is not None:
            del self.markers[marker]

    def converted(self, o, level):
        self.value(self.encoder.default(o), level)

    def _open(self, bracket, level):
        """Write the opening bracket; return the separator between items."""
        if self.indent is None:
            self.chunks.append(bracket)
            return self.encoder.item_separator
        newline = '\n' + self.indent * (level + 1)
        self.chunks.append(bracket + newline)
        return self.encoder.item_separator + newline

    def _close(self, bracket, level):
        if self.indent is not None:
            self.chunks.append('\n' + self.indent * level)
        self.chunks.append(bracket)

    def array(self, items, level):
        if not items:
            self.chunks.append('[]')
            return
        separator = self._open('[', level)
        first = True
        for item in items:
            if not first:
                self.chunks.append(separator)
            first = False
            self.value(item, level + 1)
        self._close(']', level)

    def object(self, mapping, level):
        if not mapping:
            self.chunks.append('{}')
            return
        encoder = self.encoder
        items = mapping.items()
        if encoder.sort_keys:
            items = sorted(items)
        separator = self._open('{', level)
        first = True
        for key, value in items:
            key = self.key(key)
            if key is None:
                continue
            if not first:
                self.chunks.append(separator)
            first = False
            self.chunks.append(encode_basestring(key, encoder.ensure_ascii))
            self.chunks.append(encoder.key_separator)
            self.value(value, level + 1)
        self._close('}', level)

    def key(self, key):
        """The key as a string, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.encoder._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)
