"""JSON text to Python values: JSONDecoder and JSONDecodeError.

A recursive-descent parser over the string, one function per JSON value
kind; every function takes the position where its value starts and returns
(value, position after it). Where no value starts, StopIteration(position)
is raised, as by CPython's scanner; raw_decode turns it into "Expecting value". Error positions and messages are those of
CPython's default (C) scanner, so users see the same JSONDecodeError.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)



def _skip_whitespace(s, pos):
    while pos < len(s) and s[pos] in _WHITESPACE:
        pos += 1
    return pos


class _Parser:
    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def error(self, msg, pos):
        return JSONDecodeError(msg, self.s, pos)

    def value(self, pos):
        s = self.s
        if pos >= len(s):
            raise StopIteration(pos)
        ch = s[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        for word, value in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, pos):
                return value, pos + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, pos):
                return self.parse_constant(word), pos + len(word)
        return self.number(pos)

    def number(self, pos):
        s = self.s
        end = pos
        if end < len(s) and s[end] == '-':
            end += 1
        if end < len(s) and s[end] == '0':
            end += 1
        elif end < len(s) and s[end] in '123456789':
            end = self._digits(end)
        else:
            raise StopIteration(pos)
        is_float = False
        if end + 1 < len(s) and s[end] == '.' and s[end + 1] in _DIGITS:
            end = self._digits(end + 1)
            is_float = True
        if end < len(s) and s[end] in 'eE':
            exponent = end + 1
            if exponent < len(s) and s[exponent] in '+-':
                exponent += 1
            if exponent < len(s) and s[exponent] in _DIGITS:
                end = self._digits(exponent)
                is_float = True
        text = s[pos:end]
        if is_float:
            return self.parse_float(text), end
        return self.parse_int(text), end

    def _digits(self, pos):
        s = self.s
        while pos < len(s) and s[pos] in _DIGITS:
            pos += 1
        return pos

    def string(self, pos):
        """Parse a string whose opening quote is at pos - 1."""
        s = self.s
        begin = pos - 1
        chunks = []
        while True:
            run_start = pos
            while pos < len(s) and s[pos] != '"' and s[pos] != '\\':
                if self.strict and s[pos] < ' ':
                    raise self.error("Invalid control character at", pos)
                pos += 1
            chunks.append(s[run_start:pos])
            if pos >= len(s):
                raise self.error("Unterminated string starting at", begin)
            if s[pos] == '"':
                return ''.join(chunks), pos + 1
            text, pos = self.escape(pos + 1, begin)
            chunks.append(text)

    def escape(self, pos, begin):
        """Decode the escape whose backslash is at pos - 1."""
        s = self.s
        if pos >= len(s):
            raise self.error("Unterminated string starting at", begin)
        ch = s[pos]
        if ch in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[ch], pos + 1
        if ch != 'u':
            raise self.error("Invalid \\escape", pos - 1)
        code = self._hex4(pos + 1, pos)
        pos += 5
        # A high surrogate followed by an escaped low one makes one character.
        if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', pos):
            low = self._hex4(pos + 2, pos + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                pos += 6
        return chr(code), pos

    def _hex4(self, pos, error_pos):
        digits = self.s[pos:pos + 4]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            raise self.error("Invalid \\uXXXX escape", error_pos)
        return int(digits, 16)

    def object(self, pos):
        """Parse an object whose '{' is at pos - 1."""
        s = self.s
        pairs = []
        pos = _skip_whitespace(s, pos)
        if pos < len(s) and s[pos] == '}':
            return self._finish_object(pairs), pos + 1
        while True:
            if pos >= len(s) or s[pos] != '"':
                raise self.error("Expecting property name enclosed in double quotes", pos)
            key, pos = self.string(pos + 1)
            pos = _skip_whitespace(s, pos)
            if pos >= len(s) or s[pos] != ':':
                raise self.error("Expecting ':' delimiter", pos)
            pos = _skip_whitespace(s, pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = _skip_whitespace(s, pos)
            if pos < len(s) and s[pos] == '}':
                return self._finish_object(pairs), pos + 1
            if pos >= len(s) or s[pos] != ',':
                raise self.error("Expecting ',' delimiter", pos)
            comma = pos
            pos = _skip_whitespace(s, pos + 1)
            if pos < len(s) and s[pos] == '}':
                raise self.error("Illegal trailing comma before end of object", comma)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        """Parse an array whose '[' is at pos - 1."""
        s = self.s
        values = []
        pos = _skip_whitespace(s, pos)
        if pos < len(s) and s[pos] == ']':
            return values, pos + 1
        while True:
            value, pos = self.value(pos)
            values.append(value)
            pos = _skip_whitespace(s, pos)
            if pos < len(s) and s[pos] == ']':
                return values, pos + 1
            if pos >= len(s) or s[pos] != ',':
                raise self.error("Expecting ',' delimiter", pos)
            comma = pos
            pos = _skip_whitespace(s, pos + 1)
            if pos < len(s) and s[pos] == ']':
                raise self.error("Illegal trailing comma before end of array", comma)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` starting at ``idx``; return the
        value and the index where it ended."""
        # A syntax error is re-raised from here with the parser's frames
        # dropped: CPython's parser is C code, so its tracebacks end here too.
        try:
            return _Parser(self, s).value(idx)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None
        except JSONDecodeError as error:
            raise error.with_traceback(None)
